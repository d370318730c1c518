package be.storysite.forms.routing;

import java.util.HashMap;
import java.util.Map;

/** A {@link RoundRobinCounter} that counts from 0 per pool, in memory, like the durable one does in a database. */
final class InMemoryCounter implements RoundRobinCounter {

    private final Map<String, Long> next = new HashMap<>();

    @Override
    public long next(String poolId) {
        long turn = next.getOrDefault(poolId, 0L);
        next.put(poolId, turn + 1);
        return turn;
    }

    long peek(String poolId) {
        return next.getOrDefault(poolId, 0L);
    }
}
