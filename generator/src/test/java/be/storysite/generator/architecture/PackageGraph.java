package be.storysite.generator.architecture;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Which package uses which, and the files that make each use, built from {@link ImportScan}'s files; its cycles
 * are the strongly connected components of more than one package (Tarjan's algorithm).
 *
 * <p>{@code PackageGraph.of(files, name -> name).cycles()} lists each cycle as its sorted packages; passing a
 * function that maps a package to its module gives the module graph instead.
 */
final class PackageGraph {

    /** {@code from} uses {@code to}; {@code files} are the files of {@code from} that name {@code to}. */
    record Edge(String from, String to, Set<String> files) {}

    private final Map<String, Map<String, Set<String>>> edges = new TreeMap<>();

    private PackageGraph() {
    }

    /**
     * The graph over the given files' packages, each mapped through {@code node} (a package to itself, or to its
     * module); a reference to a package none of the files declares is left out.
     */
    static PackageGraph of(List<ImportScan.SourceFile> files, Function<ImportScan.SourceFile, String> node,
            Map<String, String> nodeOfPackage) {
        PackageGraph graph = new PackageGraph();
        for (ImportScan.SourceFile file : files) {
            String from = node.apply(file);
            graph.edges.computeIfAbsent(from, k -> new TreeMap<>());
            for (String pkg : file.referenced()) {
                String to = nodeOfPackage.get(pkg);
                if (to != null && !to.equals(from)) {
                    graph.edges.get(from).computeIfAbsent(to, k -> new TreeSet<>())
                            .add(file.path().getFileName().toString());
                }
            }
        }
        return graph;
    }

    /** The package graph: each file's node is its package. */
    static PackageGraph ofPackages(List<ImportScan.SourceFile> files) {
        Map<String, String> packages = new HashMap<>();
        files.forEach(f -> packages.put(f.pkg(), f.pkg()));
        return of(files, ImportScan.SourceFile::pkg, packages);
    }

    /** The module graph: each file's node is the module folder of its source root, e.g. {@code leads}. */
    static PackageGraph ofModules(List<ImportScan.SourceFile> files, Path codeBase) {
        Map<String, String> moduleOfPackage = new HashMap<>();
        files.forEach(f -> moduleOfPackage.put(f.pkg(), module(f, codeBase)));
        return of(files, f -> module(f, codeBase), moduleOfPackage);
    }

    private static String module(ImportScan.SourceFile file, Path codeBase) {
        return codeBase.relativize(file.path()).getName(0).toString();
    }

    Set<String> nodes() {
        return edges.keySet();
    }

    List<Edge> edgesFrom(String from) {
        List<Edge> out = new ArrayList<>();
        edges.getOrDefault(from, Map.of()).forEach((to, files) -> out.add(new Edge(from, to, files)));
        return out;
    }

    /** Every cycle: each strongly connected component of two or more nodes, its nodes sorted, in node order. */
    List<Set<String>> cycles() {
        return new Tarjan().run();
    }

    /** A human-readable list of the cycles and of the uses inside each, with the files that make them. */
    String describe(List<Set<String>> cycles) {
        StringBuilder out = new StringBuilder();
        for (Set<String> cycle : cycles) {
            out.append("cycle between ").append(cycle).append(":\n");
            for (String from : cycle) {
                for (Edge edge : edgesFrom(from)) {
                    if (cycle.contains(edge.to())) {
                        out.append("  ").append(from).append(" -> ").append(edge.to())
                                .append("  (").append(String.join(", ", edge.files())).append(")\n");
                    }
                }
            }
        }
        return out.toString();
    }

    /** Tarjan's strongly connected components, with its usual index, low-link and stack. */
    private final class Tarjan {
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();
        private final List<Set<String>> components = new ArrayList<>();

        List<Set<String>> run() {
            for (String node : edges.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            components.sort((a, b) -> a.iterator().next().compareTo(b.iterator().next()));
            return components;
        }

        private void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.push(node);
            onStack.add(node);
            for (String next : edges.getOrDefault(node, Map.of()).keySet()) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(node));
                if (component.size() > 1) {
                    components.add(component);
                }
            }
        }
    }
}
