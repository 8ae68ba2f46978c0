# Uncaught AttributeError with a "Did you mean" suggestion for a close attribute name.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self.balance
acct = Account('ann', 100)
print(acct.owner, acct.balance, acct.deposit(50))
try:
    acct.balanse
except AttributeError as e:
    print('caught:', e, '| name:', e.name)
print(hasattr(acct, 'deposit'), hasattr(acct, 'withdraw'))
print(sorted(vars(acct)))
words = ['b', 'a']
words.sort()
print(words)
print('misspelled list method at top level')
words.apend('c')
