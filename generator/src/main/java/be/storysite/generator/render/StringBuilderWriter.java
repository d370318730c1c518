package be.storysite.generator.render;

import java.io.Writer;

/**
 * A {@link Writer} into a {@link StringBuilder}: {@link java.io.StringWriter} appends to a synchronized
 * {@link StringBuffer}, a lock per write that one render thread never needs (FreeMarker writes a page in
 * thousands of small pieces).
 *
 * <pre>{@code
 * StringBuilderWriter out = new StringBuilderWriter(16 * 1024);
 * template.process(model, out);
 * String html = out.toString();
 * }</pre>
 */
final class StringBuilderWriter extends Writer {

    private final StringBuilder text;

    StringBuilderWriter(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public void flush() {
        // nothing is buffered
    }

    @Override
    public void close() {
        // a StringBuilder holds no resource
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
