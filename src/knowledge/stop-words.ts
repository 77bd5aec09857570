// Words that carry no topic: grammar words of the documents and the question words, pronouns and
// particles residents type («我家…咋办呢»). They are dropped before indexing, matching and scoring.
const WORDS = `
的 地 得 了 着 过 和 与 及 以及 或 或者 等 等等 在 对 对于 为 为了 将 把 被 由 从 向 以 于 之 其 并 并且 而 且 也 都 就 还 又 再
才 只 仅 要 是 有 没 没有 不 个 这 那 这个 那个 这些 那些 这种 那种 这样 那样 些 一 一下 一些 一个 各 每 该 此 按 按照 根据 通过 进行
吗 呢 吧 啊 呀 哦 嘛 啦 么 哈 嗯 喔 呗
什么 啥 啥子 怎么 怎么办 怎么样 怎样 咋 咋办 咋样 咋整 如何 哪 哪个 哪些 哪里 哪儿 哪家 哪位 谁 几 多少 多大 是不是 能不能 可不可以
意思 会不会 有没有 要不要 行不行 好不好 为什么 为啥 干嘛 干啥 到底 究竟 啥意思 什么意思 是啥 是什么
我 我们 我家 你 你们 您 他 她 它 他们 她们 俺 俺家 咱 咱们 自己 人家 大家 别人
能 能够 可以 可 会 想 想要 应该 应 需要 得 必须 让 给 帮 帮忙 请 请问 麻烦 谢谢 你好 您好 一下子
就是 还是 然后 现在 已经 一直 比较 非常 特别 真的 一点 有点 可能 如果 要是 的话 因为 所以 但是 可是 不过 即 即可
咱家 这块 那块 这两块 两块 这两样 两样 这一块 老是 哪样
喂 喂喂 问问 问一下 想问 想问问 说一下 打听 打听一下 那个啥
`;

/** The analyzer's stop words (normalised: half-width, lower case). */
export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w !== ''));
