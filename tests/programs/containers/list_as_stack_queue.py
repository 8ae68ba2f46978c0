# Lists as stacks and queues; bracket matching; simple BFS.
stack = []
for ch in 'abc':
    stack.append(ch)
print(stack, stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for c in s:
        if c in '([{':
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ['()', '([]{})', '(]', '((', '', 'a(b)c', '{[()()]}', ')(']:
    print(repr(s), balanced(s))
graph = {'A': ['B', 'C'], 'B': ['D'], 'C': ['D', 'E'], 'D': ['F'], 'E': ['F'], 'F': []}
def bfs(start, goal):
    frontier = [[start]]
    seen = {start}
    while frontier:
        path = frontier.pop(0)
        if path[-1] == goal:
            return path
        for nxt in graph[path[-1]]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(path + [nxt])
    return None
print(bfs('A', 'F'), bfs('E', 'A'), bfs('C', 'C'))
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in '+-*/':
            b, a = st.pop(), st.pop()
            st.append({'+': a + b, '-': a - b, '*': a * b, '/': a / b}[tok])
        else:
            st.append(float(tok))
    return st.pop()
print(rpn('3 4 + 2 *'), rpn('5 1 2 + 4 * + 3 -'), rpn('2 3 /'))
print(list(reversed(stack + queue)), (stack + queue)[::-1])
