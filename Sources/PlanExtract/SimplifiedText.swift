/// A plan document as an array of characters, with a simplified-Chinese copy of the same length, so a keyword
/// found in the copy gives the position of the verbatim text in the original.
///
/// Traditional characters in the plans' power vocabulary are mapped one to one; the Taiwan-style term 回響
/// (what simplified text writes 响应, "response") is rewritten as 响应, which has the same length.
struct SimplifiedText: Sendable {
    /// The document as written.
    let original: [Character]
    /// The same characters in simplified form (ASCII digits for full-width ones), position for position.
    let simplified: [Character]

    /// Reads `text` and builds its simplified copy.
    init(_ text: String) {
        original = Array(text)
        var mapped = original.map { Self.characterMap[$0] ?? $0 }
        for (term, replacement) in Self.terms {
            var index = 0
            while index + term.count <= mapped.count {
                if Array(mapped[index..<index + term.count]) == term {
                    mapped.replaceSubrange(index..<index + term.count, with: replacement)
                    index += term.count
                } else {
                    index += 1
                }
            }
        }
        simplified = mapped
    }

    /// The verbatim text of `range`.
    func quote(_ range: Range<Int>) -> String { String(original[range]) }

    /// The simplified text of `range`.
    func simplified(_ range: Range<Int>) -> String { String(simplified[range]) }

    /// Multi-character terms that differ between Taiwan and mainland usage, each with a same-length replacement.
    static let terms: [([Character], [Character])] = [(Array("回响"), Array("响应"))]

    /// Traditional → simplified for the characters of the power and target vocabulary, and full-width → ASCII
    /// digits and signs. Pairs are written traditional then simplified.
    static let characterMap: [Character: Character] = {
        let pairs = """
            萬万 億亿 達达 爭争 於于 過过 內内 儲储 風风 電电 陽阳 發发 潔洁 淨净 氣气 質质 負负 響响 應应 納纳 裝装 機机 \
            規规 總总 時时 區区 網网 級级 備备 費费 熱热 陸陆 側侧 斷断 調调 節节 虛虚 擬拟 廠厂 壓压 輸输 線线 變变 \
            來来 購购 棄弃 蓋盖 車车 則则 間间 確确 實实 見见 劃划 計计 終终 額额 盡尽 滿满 別别 較较 與与 燒烧 標标 準准 \
            廣广 東东 積积 極极 開开 設设 營营 運运 現现 體体 動动 關关 點点 穩稳 將将 當当 補补 權权 擴扩 為为 項项 \
            減减 際际 層层 處处 環环 聯联 進进 證证 協协 壯壮 範范 圍围 產产 業业 資资 態态 統统 傳传 場场 價价 邊边 務务 \
            優优 強强 單单 據据 屬属 遠远 選选 檢检 驗验 構构 樓楼 戶户 認认 評评 試试 議议 論论 華华 樞枢 紐纽 灣湾 \
            碼码 鍵键 頭头 長长 專专 樣样 鋼钢 鐵铁 輛辆 幾几 歲岁 紅红 連连 這这 們们 說说 鄉乡 稱称 報报 門门 觀观 \
            結结 組组 綜综 維维 續续 綠绿 氫氢 鍋锅 爐炉 煉炼 礦矿 採采 買买 賣卖 貨货 數数 兩两 \
            ０0 １1 ２2 ３3 ４4 ５5 ６6 ７7 ８8 ９9 ．. ％% ，, ；; ：:
            """
        var map: [Character: Character] = [:]
        for pair in pairs.split(whereSeparator: \.isWhitespace) where pair.count == 2 {
            map[pair.first!] = pair.last!
        }
        return map
    }()
}
