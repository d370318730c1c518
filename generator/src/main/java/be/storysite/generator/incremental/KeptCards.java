package be.storysite.generator.incremental;

import be.storysite.generator.card.CardOutput;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The live preview's {@link CardOutput}: remembers the inputs and the fingerprint of the card it wrote at each
 * path, and when a build asks for the same inputs at that path while the output folder still holds those bytes,
 * names the file as kept instead of reading the card back from the cache and comparing it. The inputs are all a
 * card is drawn from, so equal inputs mean equal bytes; whether the folder holds them is asked of the folder's
 * fingerprints, so a build that was discarded after drawing a card cannot leave it unwritten.
 *
 * <pre>{@code
 * KeptCards kept = new KeptCards(() -> out);                       // out: this build's ChangedFilesOutput
 * new CardsStep(Optional.of(DerivedFiles.beside(output)), kept, true);
 * }</pre>
 */
final class KeptCards implements CardOutput {

    private final Supplier<ChangedFilesOutput> out;
    private final Map<String, Written> written = new ConcurrentHashMap<>();

    /** @param out the output of the build that is running */
    KeptCards(Supplier<ChangedFilesOutput> out) {
        this.out = out;
    }

    @Override
    public void put(String path, List<Object> inputs, Supplier<byte[]> bytes, BiConsumer<String, byte[]> sink) {
        Written last = written.get(path);
        ChangedFilesOutput output = out.get();
        if (last != null && last.inputs().equals(inputs) && output.holds(path, last.fingerprint())) {
            output.keep(path, last.fingerprint());
            return;
        }
        byte[] card = bytes.get();
        written.put(path, new Written(List.copyOf(inputs), Fingerprint.of(card)));
        sink.accept(path, card);
    }

    private record Written(List<Object> inputs, Fingerprint fingerprint) {
    }
}
