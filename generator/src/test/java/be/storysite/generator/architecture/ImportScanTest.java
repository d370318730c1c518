package be.storysite.generator.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan sees every way a file names another package, and only those; the graph finds every cycle. */
class ImportScanTest {

    @TempDir
    Path root;

    private void write(String pkg, String type, String body) throws IOException {
        Path dir = root.resolve(pkg.replace('.', '/'));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(type + ".java"), "package " + pkg + ";\n\n" + body);
    }

    @Test
    void readsImportsStaticAndWildcardImportsAndQualifiedNamesButNotCommentsOrStrings() throws IOException {
        write("x.a", "A", """
                import x.b.B;
                import static x.c.C.helper;
                import x.d.*;
                /** See {@link x.e.E}. */
                class A {
                    // x.f.F is only mentioned
                    String s = "x.g.G";
                    String t = \"""
                        x.h.H
                        \""";
                    char q = '"';
                    Object o = new x.i.I();
                }
                """);

        ImportScan.SourceFile file = ImportScan.read(root.resolve("x/a/A.java"), "x.");

        assertThat(file.pkg()).isEqualTo("x.a");
        assertThat(file.referenced()).containsExactlyInAnyOrder("x.b", "x.c", "x.d", "x.i");
    }

    @Test
    void findsEveryCycleAndNamesTheFilesOfEachUse() throws IOException {
        // a -> b -> c -> a is one cycle, d <-> e another, f -> a is no part of any
        write("p.a", "A", "import p.b.B;\nclass A {}\n");
        write("p.b", "B", "import p.c.C;\nclass B {}\n");
        write("p.c", "C", "class C { p.a.A a; }\n");
        write("p.d", "D", "import p.e.E;\nclass D {}\n");
        write("p.e", "E", "import p.d.D;\nimport p.a.A;\nclass E {}\n");
        write("p.f", "F", "import p.a.A;\nimport q.Outside;\nclass F {}\n");

        PackageGraph graph = PackageGraph.ofPackages(ImportScan.scan(List.of(root), "p."));

        assertThat(graph.cycles()).containsExactly(Set.of("p.a", "p.b", "p.c"), Set.of("p.d", "p.e"));
        assertThat(graph.describe(graph.cycles()))
                .contains("p.c -> p.a  (C.java)")
                .contains("p.e -> p.d  (E.java)")
                .doesNotContain("p.e -> p.a")
                .doesNotContain("p.f");
    }

    @Test
    void aGraphWithoutBackEdgesHasNoCycle() throws IOException {
        write("p.a", "A", "import p.b.B;\nimport p.c.C;\nclass A {}\n");
        write("p.b", "B", "import p.c.C;\nclass B {}\n");
        write("p.c", "C", "class C {}\n");

        assertThat(PackageGraph.ofPackages(ImportScan.scan(List.of(root), "p.")).cycles()).isEmpty();
    }
}
