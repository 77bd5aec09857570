import type { RestReply, RestResident } from './rest-resident.js';

/** How a tidy resident answers each field when it is asked (phone ends in 5678). */
export function answerFor(field: string, id: string, reply: RestReply): string {
  switch (field) {
    case 'applicant_name':
      return `王秀英 ${id}`;
    case 'id_number':
      return id;
    case 'phone':
      return '13912345678 江阴市青阳镇里山村18号';
    case 'address':
      return '江阴市青阳镇里山村18号';
    case 'household_size':
      return '三口人 每月一千五';
    case 'monthly_income':
      return '一千五';
    case 'hardship':
      return '老伴生病住院了 家里没有别的收入';
    case 'illness':
      return '尿毒症 在江阴人民医院透析';
    case 'medical_costs':
      return '自己付了三万多';
    case 'disaster_event':
      return '上个月发大水 房子被淹了 人都没事';
    default:
      return reply.replies.at(-1)?.quickReplies?.[0] ?? '都没有';
  }
}

/** Drives a resident through a form piece by piece until a receipt number or 20 turns. */
export async function applyPieceByPiece(
  resident: RestResident,
  opening: string,
  id: string,
): Promise<RestReply> {
  let reply = await resident.say(opening);
  for (let turn = 0; turn < 20 && !reply.state.caseNo; turn++) {
    const form = reply.state.form;
    if (!form) break;
    if (form.stage === 'consent') reply = await resident.say('同意');
    else if (form.stage === 'proxy_consent') reply = await resident.say('他本人同意的');
    else if (form.stage === 'confirming') reply = await resident.say('确认提交');
    else if (form.stage === 'filling' && form.asking)
      reply = await resident.say(answerFor(form.asking, id, reply));
    else break;
  }
  return reply;
}
