# Objects still referenced from module globals are finalized at interpreter exit.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('finalizing', self.name)
keep_a = Tracked('global a')
keep_b = Tracked('global b')
container = [Tracked('in global list')]
def make_cycle():
    x = Tracked('cycle member')
    x.self_ref = x
make_cycle()
class Holder:
    attr = Tracked('class attribute')
print('main body finished')
print(keep_a.name, keep_b.name, len(container), Holder.attr.name)
for i in range(3):
    print('line', i)
print('goodbye')
for n in range(5):
    pass
temp = Tracked('temp rebound')
temp = 'no longer an object'
print('last line of the script')
