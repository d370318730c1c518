package be.storysite.generator.search;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The ascending numbers of the documents holding one term, held as an {@code int[]}: at 100,000 stories the
 * index holds tens of millions of such numbers while it is built, and as boxed {@code Integer}s in
 * {@code ArrayList}s each took about 20 bytes instead of 4. It reads as a {@code List<Integer>} (boxing one number
 * at a time), so the index's record and its readers stay as they are.
 *
 * <pre>{@code
 * Postings docs = new Postings();
 * docs.addIfNew(3); docs.addIfNew(3); docs.addIfNew(7);
 * docs.equals(List.of(3, 7));   // true
 * }</pre>
 */
final class Postings extends AbstractList<Integer> implements RandomAccess {

    private int[] numbers = new int[2];
    private int size;

    /** Adds {@code number} unless it is the last one already (a document adds its numbers in order). */
    void addIfNew(int number) {
        if (size > 0 && numbers[size - 1] == number) {
            return;
        }
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, size + (size >> 1) + 1);
        }
        numbers[size++] = number;
    }

    /** Drops the room kept for more: done once the index has read every document. */
    Postings trimmed() {
        if (numbers.length != size) {
            numbers = Arrays.copyOf(numbers, size);
        }
        return this;
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        return numbers[index];
    }

    @Override
    public int size() {
        return size;
    }
}
