#!/usr/bin/env python3
"""Summarises jdk.ExecutionSample events of a JFR recording: the hottest frames by self time, and by inclusive
time for frames in io.sirius packages (optionally only samples taken on threads whose name matches a filter).

    benchmarks/jfr-top.py recording.jfr [thread-substring] [top-n]
"""
import collections, json, subprocess, sys

path = sys.argv[1]
thread_filter = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] != '-' else None
top = int(sys.argv[3]) if len(sys.argv) > 3 else 25
out = subprocess.run(['jfr', 'print', '--json', '--stack-depth', '96', '--events', 'jdk.ExecutionSample', path],
                     check=True, capture_output=True, text=True).stdout
events = json.loads(out)['recording']['events']
self_count, incl, threads = collections.Counter(), collections.Counter(), collections.Counter()
total = 0
for e in events:
    v = e['values']
    thread = (v.get('sampledThread') or {}).get('javaName') or '?'
    if thread_filter and thread_filter not in thread:
        continue
    frames = (v.get('stackTrace') or {}).get('frames') or []
    if not frames:
        continue
    total += 1
    threads[thread] += 1
    names = []
    for f in frames:
        m = f['method']
        names.append(m['type']['name'] + '.' + m['name'])
    self_count[names[0]] += 1
    for n in set(names):
        if n.startswith('io.sirius') or n.startswith('io/sirius'):
            incl[n] += 1
print(f'{total} samples' + (f' on threads matching {thread_filter!r}' if thread_filter else ''))
print('\n-- threads')
for t, c in threads.most_common(12):
    print(f'{100*c/total:5.1f}%  {t}')
print('\n-- self time')
for n, c in self_count.most_common(top):
    print(f'{100*c/total:5.1f}%  {n}')
print('\n-- inclusive time (io.sirius frames)')
for n, c in incl.most_common(top):
    print(f'{100*c/total:5.1f}%  {n}')
