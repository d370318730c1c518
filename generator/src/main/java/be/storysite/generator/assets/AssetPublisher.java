package be.storysite.generator.assets;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.files.SiteFolder;
import be.storysite.generator.write.OutputSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Copies {@code assets/} to {@code /assets/} in the output. CSS and JS files get the first 8 hex digits of
 * their SHA-256 in the name ({@code site.css} → {@code site.3f2a9c1b.css}), so they can be cached forever: a
 * change gives a new name. Pages keep referring to {@code /assets/css/site.css}; the post-processor rewrites
 * each reference using the returned {@link AssetIndex}.
 */
public final class AssetPublisher {

    private static final List<String> FINGERPRINTED = List.of("css", "js");

    /** @param site the site folder: a file or folder under {@code assets/} linking outside it is an error */
    public AssetIndex publish(Path assetsDir, SiteFolder site, OutputSink out, Diagnostics problems) {
        Map<String, Path> files = new HashMap<>();
        Map<String, String> rewrites = new HashMap<>();
        List<Path> paths = site.files(assetsDir, Integer.MAX_VALUE, problems).stream()
                .filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        for (Path file : paths) {
            String relative = assetsDir.relativize(file).toString().replace('\\', '/');
            String sitePath = "/assets/" + relative;
            files.put(sitePath, file);
            String extension = extension(relative);
            if (FINGERPRINTED.contains(extension)) {
                byte[] bytes = read(file);
                String hashed = relative.substring(0, relative.length() - extension.length()) + hash(bytes) + "."
                        + extension;
                rewrites.put(sitePath, "/assets/" + hashed);
                out.write("assets/" + hashed, bytes);
            } else {
                out.copy(file, "assets/" + relative);
            }
        }
        return new AssetIndex(files, rewrites);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
