import Foundation
import Testing
@testable import HindsightRender

/// A corpus of cross-site-scripting attempts, in every place a document can put text, built
/// into a site; the output is then read tag by tag: no script, event handler or dangerous
/// URL that the input supplied may survive.
@Suite struct CrossSiteScriptingTests {
    static let payload = #"<script>alert(1)</script>"#

    static let documents: [String: String] = [
        "body.md": """
            # Body attacks

            <script>alert(1)</script>

            Inline <img src=x onerror=alert(1)> and <svg onload=alert(1)></svg> and <iframe src="javascript:alert(1)"></iframe>

            <a href="javascript:alert(1)">raw link</a> <details open ontoggle=alert(1)>x</details>

            [plain](javascript:alert(1)) [mixed](JaVaScRiPt:alert(1)) [encoded](&#106;avascript:alert(1))
            [tab](java&#x09;script:alert(1)) [vb](vbscript:msgbox(1)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
            ![img](javascript:alert(1)) ![svg](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)
            [ref][evil]

            [evil]: javascript:alert(1)

            <style>body{background:url(javascript:alert(1))}</style>

            > By [<img src=x onerror=alert(1)>](javascript:alert(1)) <evil@example.com>
            """,
        "front-matter.md": """
            ---
            title: "<script>alert(1)</script>"
            date: 2024-01-02
            slug: "\\"><script>alert(1)</script>"
            severity: "<img src=x onerror=alert(1)>"
            services: ["<script>alert(1)</script>", "\\" onmouseover=\\"alert(1)"]
            tags: ["'><svg onload=alert(1)>"]
            summary: "\\"><img src=x onerror=alert(1)>"
            company: "<script>alert(1)</script>"
            product: "<b onclick=alert(1)>p</b>"
            url: "javascript:alert(1)"
            authors:
              - name: "<img src=x onerror=alert(1)>"
                email: "\\"><script>alert(1)</script>"
                url: "javascript:alert(1)"
              - name: Tab
                url: " java\\tscript:alert(1)"
            ---
            Body.
            """,
        "timeline.md": """
            # Timeline attacks

            On 2024-03-04.

            | Time (UTC) <script>alert(1)</script> | Event |
            | --- | --- |
            | 10:00 | <script>alert(1)</script> deploy |
            | 10:05 <img src=x onerror=alert(1)> | `<script>alert(1)</script>` & "quotes" 'single' |
            | 10:30 | <svg onload=alert(1)> restored |

            ## Timeline

            - 10:00 - <b onmouseover=alert(1)>hover</b>
            """,
        "<script>alert(1)<!script>.md": "# File name attack\n\nOn 2024-05-06 it broke.\n",
    ]

    @Test func noScriptHandlerOrDangerousURLSurvives() throws {
        let site = try TestSite()
        defer { site.remove() }
        for (name, text) in Self.documents { try site.add(name, text) }
        let report = site.build()
        #expect(report.wroteSite)
        #expect(report.incidents.count == Self.documents.count)

        let themeScripts = try Self.themeScripts()
        let output = site.root + "/public"
        var pages = 0
        for relative in FileManager.default.enumerator(atPath: output)!.compactMap({ $0 as? String })
        where [".html", ".svg", ".xml"].contains(where: relative.hasSuffix) {
            pages += 1
            let text = try String(contentsOfFile: output + "/" + relative, encoding: .utf8)
            for tag in HTMLTag.all(in: text) {
                if tag.name == "script" {
                    let source = tag.attributes.first { $0.name == "src" }?.value ?? ""
                    #expect(themeScripts.contains { source.hasSuffix($0) }, "\(relative): <script src=\"\(source)\">")
                }
                #expect(!["iframe", "object", "embed", "style", "base", "form"].contains(tag.name), "\(relative): <\(tag.name)>")
                for attribute in tag.attributes {
                    #expect(!attribute.name.hasPrefix("on"), "\(relative): <\(tag.name) \(attribute.name)=…>")
                    guard ["href", "src", "xlink:href", "action", "formaction", "poster", "srcset"].contains(attribute.name),
                          let scheme = HTMLTag.scheme(of: attribute.value) else { continue }
                    let safe = ["http", "https", "mailto"].contains(scheme)
                        || (scheme == "data" && attribute.value.lowercased().hasPrefix("data:image/") && !attribute.value.lowercased().hasPrefix("data:image/svg"))
                    #expect(safe, "\(relative): \(attribute.name)=\"\(attribute.value)\"")
                }
            }
            #expect(!text.contains("<script>alert"), "\(relative)")
        }
        #expect(pages >= Self.documents.count + 1)
    }

    @Test func slugsFromHostileInputAreInert() throws {
        let site = try TestSite()
        defer { site.remove() }
        for (name, text) in Self.documents { try site.add(name, text) }
        for incident in site.build().incidents {
            #expect(incident.slug.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }, "\(incident.slug)")
        }
    }

    @Test func pagesCarryAStrictContentSecurityPolicy() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.add("a.md", BuildTests.goodDocument)
        _ = site.build()
        for page in ["index.html", "incidents/2024-04-20-disk-full-on-db-01/index.html"] {
            let html = try #require(site.output(page))
            let policy = try #require(HTMLTag.all(in: html).first { tag in
                tag.name == "meta" && tag.attributes.contains { $0.name == "http-equiv" && $0.value.lowercased() == "content-security-policy" }
            }?.attributes.first { $0.name == "content" }?.value)
            #expect(policy.contains("default-src 'none'"))
            #expect(policy.contains("script-src 'self'"))
            #expect(!policy.contains("unsafe-inline"))
            #expect(!html.contains(" style=\""), "inline styles would need 'unsafe-inline'")
        }
    }

    /// Scripts the theme itself ships (the only ones a page may load).
    static func themeScripts() throws -> [String] {
        EmbeddedTheme.paths.filter { $0.hasSuffix(".js") }
    }
}
