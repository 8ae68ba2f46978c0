# A small class-based operating-system simulation: prioritised tasks
# exchanging packets through linked-list queues, with waiting, holding
# and releasing.  A source emits jobs in bursts, a dispatcher routes
# them to two workers that occasionally need a slow device, and a sink
# collects results and grants the source more credit.

TOTAL_JOBS = 145000

IDLE, SOURCE, DISPATCH, WORKER_A, WORKER_B, DEVICE, SINK = range(7)
JOB, RESULT, CREDIT, REQUEST, REPLY = range(5)


class Packet:
    def __init__(self, kind, sender, payload):
        self.kind = kind
        self.sender = sender
        self.payload = payload
        self.next = None


class Queue:
    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0

    def push(self, packet):
        packet.next = None
        if self.tail is None:
            self.head = self.tail = packet
        else:
            self.tail.next = packet
            self.tail = packet
        self.size += 1

    def pop(self):
        packet = self.head
        self.head = packet.next
        if self.head is None:
            self.tail = None
        self.size -= 1
        return packet


class Task:
    def __init__(self, sched, ident, priority):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.inbox = Queue()
        self.waiting = False
        self.held = False
        self.runs = 0

    def runnable(self):
        return not self.held and (self.inbox.size > 0 or not self.waiting)

    def step(self):
        self.runs += 1
        packet = None
        if self.inbox.size:
            packet = self.inbox.pop()
            self.waiting = False
        self.run(packet)

    def run(self, packet):
        raise NotImplementedError

    def send(self, dest, kind, payload):
        self.sched.deliver(dest, Packet(kind, self.ident, payload))

    def wait(self):
        self.waiting = True


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.by_id = {}
        self.done = False
        self.switches = 0

    def add(self, task):
        self.by_id[task.ident] = task
        self.tasks.append(task)
        self.tasks.sort(key=lambda t: -t.priority)

    def deliver(self, dest, packet):
        self.by_id[dest].inbox.push(packet)

    def hold(self, ident):
        self.by_id[ident].held = True

    def release(self, ident):
        self.by_id[ident].held = False

    def run(self, limit):
        while not self.done and self.switches < limit:
            chosen = None
            for task in self.tasks:
                if task.runnable():
                    chosen = task
                    break
            if chosen is None:
                break
            self.switches += 1
            chosen.step()


class Source(Task):
    def __init__(self, sched, total):
        super().__init__(sched, SOURCE, 10)
        self.remaining = total
        self.burst = 0
        self.seed = 4321

    def run(self, packet):
        if self.remaining == 0:
            self.wait()
            return
        payload = []
        for _ in range(6):
            self.seed = (self.seed * 1103515245 + 12345) % 2147483648
            payload.append(self.seed >> 12)
        self.send(DISPATCH, JOB, payload)
        self.remaining -= 1
        self.burst += 1
        if self.burst == 8:
            self.burst = 0
            self.wait()


class Dispatcher(Task):
    def __init__(self, sched):
        super().__init__(sched, DISPATCH, 50)
        self.routed = 0

    def run(self, packet):
        if packet is None:
            self.wait()
            return
        self.routed += 1
        dest = WORKER_A if (packet.payload[0] ^ self.routed) & 1 else WORKER_B
        self.sched.deliver(dest, packet)


class Worker(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority)
        self.backlog = []
        self.awaiting_device = False
        self.processed = 0

    def process(self, job):
        value = 0
        for i, x in enumerate(job.payload):
            value = (value * 33 + (x % 251) * (i + 1)) % 1000003
        self.processed += 1
        self.send(SINK, RESULT, value + self.ident)
        if self.processed % 4 == 0:
            self.send(DEVICE, REQUEST, value)
            self.awaiting_device = True

    def run(self, packet):
        if packet is None:
            self.wait()
            return
        if packet.kind == REPLY:
            self.awaiting_device = False
            while self.backlog and not self.awaiting_device:
                self.process(self.backlog.pop(0))
        elif self.awaiting_device:
            self.backlog.append(packet)
        else:
            self.process(packet)


class Device(Task):
    def __init__(self, sched):
        super().__init__(sched, DEVICE, 40)
        self.pending = Queue()
        self.countdown = 0
        self.served = 0

    def run(self, packet):
        if packet is not None:
            if self.pending.size == 0:
                self.countdown = 3 + packet.payload % 3
            self.pending.push(packet)
        if self.pending.size == 0:
            self.wait()
            return
        self.countdown -= 1
        if self.countdown <= 0:
            request = self.pending.pop()
            self.served += 1
            self.send(request.sender, REPLY, request.payload)
            if self.pending.size:
                self.countdown = 3 + self.pending.head.payload % 3
        else:
            # the device is slow: it sleeps until the idle task wakes it
            self.sched.hold(DEVICE)


class Sink(Task):
    def __init__(self, sched, total):
        super().__init__(sched, SINK, 60)
        self.total = total
        self.count = 0
        self.checksum = 0

    def run(self, packet):
        if packet is None:
            self.wait()
            return
        self.count += 1
        self.checksum = (self.checksum * 17 + packet.payload) % 1000000007
        if self.count % 8 == 0:
            self.send(SOURCE, CREDIT, self.count)
        if self.count == self.total:
            self.sched.done = True


class Idle(Task):
    def __init__(self, sched):
        super().__init__(sched, IDLE, 0)
        self.spins = 0

    def run(self, packet):
        self.spins += 1
        self.sched.release(DEVICE)


def main():
    sched = Scheduler()
    sink = Sink(sched, TOTAL_JOBS)
    tasks = [Idle(sched), Source(sched, TOTAL_JOBS), Dispatcher(sched),
             Worker(sched, WORKER_A, 30), Worker(sched, WORKER_B, 31),
             Device(sched), sink]
    for t in tasks:
        sched.add(t)
    sched.run(10 ** 8)
    runs = [t.runs for t in sorted(sched.tasks, key=lambda t: t.ident)]
    print("done", sched.done, "switches", sched.switches, "checksum", sink.checksum)
    print("runs", runs, "served", sched.by_id[DEVICE].served)


main()
