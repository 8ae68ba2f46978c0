# An uncaught KeyboardInterrupt: CPython re-raises SIGINT so the process dies by signal 2.
def handler_demo():
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt:
        print('caught KeyboardInterrupt once')
handler_demo()
try:
    try:
        raise KeyboardInterrupt('with message')
    except Exception:
        print('not caught by except Exception')
except BaseException as e:
    print('caught by BaseException:', type(e).__name__, e.args)
def cleanup():
    try:
        raise KeyboardInterrupt
    finally:
        print('finally still runs')
try:
    cleanup()
except KeyboardInterrupt:
    print('and it propagates')
print(issubclass(KeyboardInterrupt, BaseException), issubclass(KeyboardInterrupt, Exception))
print('simulating Ctrl-C now')
raise KeyboardInterrupt
