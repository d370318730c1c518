package be.storysite.generator.incremental;

import be.storysite.generator.assets.AssetIndex;
import java.util.Map;
import java.util.TreeMap;

/**
 * The published {@code assets/} of the last build, kept until a file under {@code assets/} changes.
 *
 * @param index the asset index pages are post-processed with
 * @param files the output files (fingerprinted CSS/JS, copied others) with their bytes
 * @param fingerprints each output file's fingerprint
 * @param fingerprint all of them together: a page's HTML depends on it (names, image sizes)
 */
record PublishedAssets(AssetIndex index, Map<String, byte[]> files, Map<String, Fingerprint> fingerprints,
        Fingerprint fingerprint) {

    static PublishedAssets of(AssetIndex index, Map<String, byte[]> files) {
        Map<String, Fingerprint> fingerprints = new TreeMap<>();
        Hasher all = new Hasher();
        new TreeMap<>(files).forEach((path, bytes) -> {
            Fingerprint f = Fingerprint.of(bytes);
            fingerprints.put(path, f);
            all.add(path).add(f);
        });
        return new PublishedAssets(index, Map.copyOf(files), Map.copyOf(fingerprints), all.fingerprint());
    }
}
