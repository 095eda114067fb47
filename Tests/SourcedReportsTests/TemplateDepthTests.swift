import Testing

@testable import SourcedReports

/// A `--template` nested thousands of sections deep is refused before the recursive parser
/// sees it (it overflowed the stack).
@Test func deeplyNestedTemplateSectionsAreRefused() {
    let text = "x\n" + String(repeating: "{{#a}}", count: 3000) + String(repeating: "{{/a}}", count: 3000)
    #expect {
        try TemplateReporter(template: text, file: "t.mustache")
    } throws: { error in
        (error as? TemplateReporter.TemplateError)?.errorDescription
            == "t.mustache:2:385: invalid template (sections nested more than 64 deep)"
    }
    #expect(TemplateReporter.tooDeep("{{#a}}{{^b}}{{/b}}{{/a}}") == nil)
}
