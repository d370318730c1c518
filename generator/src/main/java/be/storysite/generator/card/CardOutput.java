package be.storysite.generator.card;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Hands a drawn card to the build's output. The full build's ({@link #DIRECT}) gets the card's bytes (drawn, or read
 * back from the cache) and writes them; the live preview's may instead name the file as kept when the card's key
 * is the one it wrote last time, so an unchanged card is neither read nor written again.
 *
 * <pre>{@code
 * CardOutput.DIRECT.put("klantverhalen/a/share-card.png", List.of("card-v1", quote, person), () -> png.encode(image),
 *         out::write);
 * }</pre>
 */
@FunctionalInterface
public interface CardOutput {

    /** Gets the bytes and writes them. */
    CardOutput DIRECT = (path, inputs, bytes, out) -> out.accept(path, bytes.get());

    /**
     * @param path the card's file below the output folder
     * @param inputs everything the card is drawn from (plain values: strings, the design's and logo's hashes):
     *     equal inputs, equal bytes
     * @param bytes the card's PNG, drawn or read from the cache when asked for
     * @param out the build's output
     */
    void put(String path, List<Object> inputs, Supplier<byte[]> bytes, BiConsumer<String, byte[]> out);
}
