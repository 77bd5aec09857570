// The village or residents' committee and its people (村委会, 网格员, 「…村的支书」「村里的会计」), as residents name
// them. One home, so that who applies (the form), whether a helper applies or reports (the opening) and whether the
// committee itself is asking (the report flow) read them alike.

/**
 * The committee itself and its cadres, who may apply on a villager's behalf (村（居）委会代为申请): not its grid
 * workers, social workers or group leaders, who find people and report them. A pattern (not anchored, no flags).
 */
export const COMMITTEE_CADRES =
  /村委会?|居委会?|(?:党)?支部书记|社区(?:的)?(?:干部|书记|主任)|村干部|村支书|村主任|村(?:里|的)?(?:书记|主任|会计|文书|妇女主任)|妇女主任/;

/** The committee or one of its people, as a pattern (not anchored, no flags). */
export const COMMITTEE = new RegExp(
  `${COMMITTEE_CADRES.source}|社区(?:的)?(?:工作人员|工作者|社工)|社工|网格员|网格长|支书|(?:村民小?组|屯|组里|队里|屯里|村里)(?:的)?(?:组长|屯长|队长)|我是(?:组长|屯长|队长)`,
);
