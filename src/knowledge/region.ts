/** A place the knowledge base knows, with its path from the province down. */
export interface Place {
  name: string;
  path: readonly string[];
}

/** A place named in a text, with where it was found. */
export interface PlaceMention extends Place {
  start: number;
  end: number;
}

/** How a document's region relates to a place: the same, covering it (a province doc for a county), inside it, or elsewhere. */
export type RegionRelation = 'same' | 'covers' | 'within' | 'elsewhere';

/** Looks up place names (full and short: 「江阴市」 and 「江阴」) in a text. */
export interface Gazetteer {
  find(text: string): PlaceMention[];
}

// Provincial-level divisions, so that a question naming a province with no document here is noticed
// and answered with a caveat rather than silently with another province's rules.
const PROVINCES = [
  '北京市', '天津市', '上海市', '重庆市', '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省',
  '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省',
  '云南省', '陕西省', '甘肃省', '青海省', '台湾省', '内蒙古自治区', '广西壮族自治区', '西藏自治区', '宁夏回族自治区',
  '新疆维吾尔自治区', '香港特别行政区', '澳门特别行政区',
];
const SUFFIXES = ['壮族自治区', '回族自治区', '维吾尔自治区', '特别行政区', '自治区', '自治州', '自治县', '街道', '省', '市', '区', '县', '镇', '乡'];

/** The everyday short form of a place name: 「江阴市」 → 「江阴」, 「内蒙古自治区」 → 「内蒙古」. */
export function shortName(name: string): string {
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return name;
}

/** Builds a gazetteer from the documents' region paths plus China's provincial-level divisions. */
export function buildGazetteer(regionPaths: readonly (readonly string[])[]): Gazetteer {
  const places = new Map<string, Place>();
  const add = (path: readonly string[]): void => {
    const name = path[path.length - 1];
    if (name === undefined) return;
    const key = path.join('/');
    if (!places.has(key)) places.set(key, { name, path });
  };
  for (const province of PROVINCES) add([province]);
  for (const path of regionPaths) for (let i = 1; i <= path.length; i++) add(path.slice(0, i));

  const aliases = new Map<string, Place>();
  for (const place of places.values()) {
    for (const alias of [place.name, shortName(place.name)]) {
      const known = aliases.get(alias);
      // When two places share a name, the one known from a document (deeper path) wins.
      if (!known || place.path.length > known.path.length) aliases.set(alias, place);
    }
  }
  const ordered = [...aliases.entries()].sort((a, b) => b[0].length - a[0].length);

  return {
    find(text: string): PlaceMention[] {
      const taken: boolean[] = new Array<boolean>(text.length).fill(false);
      const found: PlaceMention[] = [];
      for (const [alias, place] of ordered) {
        let from = 0;
        for (let at = text.indexOf(alias, from); at !== -1; at = text.indexOf(alias, from)) {
          from = at + alias.length;
          if (taken.slice(at, at + alias.length).some(Boolean)) continue;
          taken.fill(true, at, at + alias.length);
          found.push({ ...place, start: at, end: at + alias.length });
        }
      }
      return found.sort((a, b) => a.start - b.start);
    },
  };
}

/** The most specific place among the mentions (「重庆市永川区松溉镇」 → 松溉镇), if any. */
export function mostSpecific(mentions: readonly Place[]): Place | undefined {
  let best: Place | undefined;
  for (const m of mentions) if (!best || m.path.length > best.path.length) best = m;
  return best;
}

/** How a document's region path relates to a place's path. */
export function relateRegion(documentPath: readonly string[], placePath: readonly string[]): RegionRelation {
  const common = commonPrefix(documentPath, placePath);
  if (common === documentPath.length && common === placePath.length) return 'same';
  if (common === documentPath.length) return 'covers';
  if (common === placePath.length) return 'within';
  return 'elsewhere';
}

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
