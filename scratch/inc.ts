import { extractMonthlyIncome } from '../src/nlu/entities/monthly-income.js';
import { extractEntities } from '../src/nlu/entities/index.js';
for (const t of process.argv.slice(2)) console.log(t, JSON.stringify(extractMonthlyIncome(t)), JSON.stringify(extractEntities(t)));
