package be.storysite.forms.routing;

/**
 * Hands out turns for a {@link RoundRobinRule}. The lead service keeps the counter in its database so turns
 * continue after a restart; tests may count in memory.
 *
 * <pre>{@code
 * RoundRobinCounter inMemory = new RoundRobinCounter() {
 *     private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
 *     public long next(String poolId) {
 *         return counts.computeIfAbsent(poolId, p -> new AtomicLong()).getAndIncrement();
 *     }
 * };
 * }</pre>
 */
@FunctionalInterface
public interface RoundRobinCounter {

    /**
     * The next turn of {@code poolId}: 0, 1, 2, ... on successive calls (any increasing sequence works; the router
     * takes it modulo the pool size). Called only when a lead reaches the pool's rule.
     */
    long next(String poolId);
}
