# In Python 3.11 an f-string cannot reuse its own quote character inside a replacement field.
print('never printed')
config = {'name': 'terrarium', 'version': 1}
print(f"{config['name']}")
print(f'{config["version"]}')
label = 'ok'
print(f'{label!r:>10}')
width = 8
print(f'{label:{width}}')
items = ['a', 'b']
print(f'{", ".join(items)}')
print(f"{config["name"]}")
print('end')
print('still never printed')
print(len(items))
