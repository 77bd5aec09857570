// Kin words of regional speech that the common lists (儿子, 妈, 老公 …) miss: Hunan and Jiangxi 崽, 伢子, 堂客 and
// 老倌, Wu 囡囡 and 姆妈, south-western 孃孃 and 幺儿, Cantonese 仔, and the plain 男人 / 婆娘 for a spouse. One home,
// so that whom an application is for, who the writer is and who lives in the household read them alike.

/** Regional kin words as a regular-expression alternation (longer forms first). */
export const REGIONAL_KIN =
  '细伢子|细伢|伢子|满崽|妹崽|崽|孙儿|外孙儿|堂客|屋里人|老倌子|老倌|婆娘|男人|囡囡|囡|姆妈|孃孃|嬢嬢|幺儿|幺妹|爷老子|娘老子|阿婆|阿公|阿爷|阿奶|阿爸|阿妈|仔';
