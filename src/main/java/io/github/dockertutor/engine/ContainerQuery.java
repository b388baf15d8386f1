package io.github.dockertutor.engine;

import java.util.List;
import java.util.Map;

/**
 * Which containers a listing asks for, as {@code docker ps} flags say it.
 *
 * @param all     stopped ones too
 * @param size    with their sizes (slower: the engine measures each)
 * @param limit   the n last created, whatever their state; 0 for no limit
 * @param filters the engine's filters by key ({@code status}, {@code ancestor}, {@code name}…)
 */
public record ContainerQuery(boolean all, boolean size, int limit, Map<String, List<String>> filters) {
    public ContainerQuery {
        filters = Map.copyOf(filters);
    }
}
