package be.storysite.generator.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads which packages each Java source file refers to, without compiling it: its package declaration, its
 * imports (static and wildcard ones too) and any fully-qualified name written in the code. Comments and string
 * literals are blanked first, so a {@code {@link be.storysite.x.Y}} in Javadoc is not a dependency.
 *
 * <p>{@code ImportScan.scan(List.of(Path.of("src/main/java")), "be.storysite.")} gives one {@link SourceFile}
 * per {@code .java} file below the roots. Same-package references need no import and are not dependencies.
 */
final class ImportScan {

    /** One source file: where it is, its package, and the packages (with {@code prefix}) it names. */
    record SourceFile(Path path, String pkg, List<String> referenced) {}

    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;");
    // a qualified name whose last lower-case segment is followed by a type name: be.storysite.x.Y
    private static final Pattern QUALIFIED = Pattern.compile("\\b((?:[a-z_][a-z0-9_]*\\.)+[a-z_][a-z0-9_]*)\\.[A-Z]");
    // import be.storysite.x.*; names a whole package (a static one, import static a.b.C.*, is matched above)
    private static final Pattern WILDCARD = Pattern.compile("\\bimport\\s+((?:[a-z_][a-z0-9_]*\\.)*[a-z_][a-z0-9_]*)\\.\\*\\s*;");

    private ImportScan() {
    }

    static List<SourceFile> scan(List<Path> roots, String prefix) {
        List<SourceFile> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted()
                        .forEach(p -> files.add(read(p, prefix)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static SourceFile read(Path file, String prefix) {
        String code;
        try {
            code = codeOnly(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher declared = PACKAGE.matcher(code);
        String pkg = declared.find() ? declared.group(1) : "";
        // everything after the declaration: the declaration itself would otherwise read as a reference
        String body = pkg.isEmpty() ? code : code.substring(declared.end());
        List<String> referenced = new ArrayList<>();
        for (Pattern pattern : List.of(QUALIFIED, WILDCARD)) {
            Matcher m = pattern.matcher(body);
            while (m.find()) {
                String name = m.group(1);
                if (name.startsWith(prefix) && !referenced.contains(name)) {
                    referenced.add(name);
                }
            }
        }
        return new SourceFile(file, pkg, List.copyOf(referenced));
    }

    /**
     * The text with comments, string and character literals and text blocks replaced by spaces (lines kept), so
     * that only code is searched for names.
     */
    static String codeOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                while (i < n && text.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = blank(text, i, end < 0 ? n : end + 2, out);
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                i = blank(text, i, end < 0 ? n : end + 3, out);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                i = blank(text, i, Math.min(n, j + 1), out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int blank(String text, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) {
            out.append(text.charAt(k) == '\n' ? '\n' : ' ');
        }
        return to;
    }
}
