import { fakeIdNumber } from '../tests/helpers/id-numbers.js';
for (const [b, s] of process.argv.slice(2).map((x) => x.split(':'))) console.log(fakeIdNumber(b!, Number(s)));
