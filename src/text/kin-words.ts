// Kin words of regional speech that the common lists (儿子, 妈, 老公 …) miss: Hunan and Jiangxi 崽, 伢子, 堂客 and
// 老倌, Wu 囡囡 and 姆妈, south-western 孃孃 and 幺儿, Cantonese 仔, Minnan 囝 (a child), and the plain 男人 / 婆娘 for
// a spouse. One home, so that whom an application is for, who the writer is and who lives in the household read them
// alike.

/** Regional kin words as a regular-expression alternation (longer forms first). */
export const REGIONAL_KIN =
  '细伢子|细伢|伢子|满崽|妹崽|崽|孙儿|外孙儿|堂客|屋里人|老倌子|老倌|婆娘|男人|外孙囡|孙囡|囡囡|囡|姆妈|孃孃|嬢嬢|幺嬢|幺孃|幺儿|幺妹|爷老子|娘老子|阿婆|阿公|阿爷|阿奶|阿爸|阿妈|囝仔|囝|仔';

/**
 * Every kin word a resident may use for a relative, regional ones first, then south-western 幺爸 / 老汉, then the
 * common ones, as an alternation (longer forms first within each group).
 */
export const KIN_WORDS =
  REGIONAL_KIN +
  '|幺爸|幺叔|幺妈|老汉儿?|侄儿|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|儿媳妇?|女婿|老头子|老太婆|老头|老太太|闺女|大伯|伯伯|伯父|伯母|大爷|大娘|婶婶?|嫂子|爱人|内人|侄子|侄女|外甥女?|外孙女?|舅妈|姑妈|姨妈|姑父|姨父|老母亲|老父亲|父母|爸妈|妈|娘|爸|爹|母亲|父亲|老伴|老公|老婆|媳妇|丈夫|妻子|儿子|女儿|孩子|爷爷|奶奶|外公|外婆|姥姥|姥爷|哥哥?|姐姐?|弟弟?|妹妹?|亲戚|家人|公公|婆婆|岳父|岳母|孙子|孙女|叔叔?|舅舅?|姑姑?|阿姨|姨';

/** The third-person pronouns residents write for someone else: 他 / 她, Cantonese 佢, Wu 伊 (an alternation). */
export const THIRD_PERSON_PRONOUNS = '他|她|佢|伊';
