# The site-provided exit() builtin raises SystemExit just like sys.exit().
print('using the exit() builtin')
print(type(exit).__name__ != '', callable(exit), callable(quit))
try:
    exit(7)
except SystemExit as e:
    print('exit(7) raised SystemExit with code', e.code)
try:
    quit()
except SystemExit as e:
    print('quit() code', e.code)
def finish(status):
    try:
        print('finishing with', status)
        exit(status)
    finally:
        print('finally before exit')
results = [n * n for n in range(5)]
print(results, sum(results))
print('status will be 5')
finish(5)
