// Prints a free TCP port on 127.0.0.1 below the kernel's ephemeral range: a port from listen(0) lies inside that
// range, where an outgoing connection can take it before the service binds it (the race the ITs' FreePorts avoids).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

let ephemeralStart = 32768;
try {
  ephemeralStart = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32768;
} catch { /* not Linux: the usual default */ }
const lowest = 20000;
const highest = Math.max(lowest + 1000, ephemeralStart);

const bindable = (port) => new Promise((resolve) => {
  const server = createServer();
  server.once('error', () => resolve(false));
  server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
});

for (let attempt = 0; attempt < 200; attempt++) {
  const port = lowest + Math.floor(Math.random() * (highest - lowest));
  if (await bindable(port)) {
    console.log(port);
    process.exit(0);
  }
}
console.error('no free port below the ephemeral range');
process.exit(1);
