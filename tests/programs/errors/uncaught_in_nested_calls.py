# Uncaught KeyError raised several frames deep, with finally blocks printing on the way out.
config = {'host': 'localhost', 'port': 8080}
def get(key):
    try:
        return config[key]
    finally:
        print('lookup attempted for', key)
def connect():
    host = get('host')
    port = get('port')
    print('connecting to', host, port)
    user = get('user')
    print('never', user)
def main():
    try:
        connect()
    finally:
        print('main cleanup')
print('start')
for k in sorted(config):
    print(k, '=', config[k])
print('keys:', list(config))
print('values:', list(config.values()))
print('has user?', 'user' in config)
class Holder:
    pass
h = Holder()
h.value = 1
print(vars(h))
main()
print('unreachable')
