package be.storysite.generator.parse;

import be.storysite.generator.load.SourceFile;

/**
 * A content file after parsing: its header, and its body as HTML (Markdown rendered, HTML taken as it is).
 */
public record ParsedFile(SourceFile source, Header header, String html) {
}
