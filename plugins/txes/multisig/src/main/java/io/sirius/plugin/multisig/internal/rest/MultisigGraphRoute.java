package io.sirius.plugin.multisig.internal.rest;

import io.sirius.api.model.PublicKey;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.CacheView;
import io.sirius.api.state.StateView;
import io.sirius.plugin.multisig.state.MultisigCache;
import io.sirius.plugin.multisig.state.MultisigEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code GET /account/{accountId}/multisig/graph}: the account's multisig graph as an array of
 * MultisigAccountGraphInfoDTO {@code {level, multisigEntries}}, as js-xpx-chain-rest builds it: the account at level
 * 0, the multisig accounts it cosigns at -1, theirs at -2 and so on, its cosignatories at 1, theirs at 2 and so on,
 * levels ascending, each level's entries in key order. 404 for an account outside the graph, 409 for an account id
 * that does not parse.
 */
public final class MultisigGraphRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/account/{accountId}/multisig/graph";
    /** More levels than the depth rule allows; a guard against a corrupt cache. */
    private static final int MAX_LEVELS = 256;

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("GET", PATH, new MultisigGraphRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        CacheView<PublicKey, MultisigEntry> cache = state.cache(MultisigCache.DESCRIPTOR);
        return AccountArgument.answer(request, state, entry -> {
            Deque<Map<String, Object>> levels = new ArrayDeque<>();
            levels.add(level(0, List.of(entry)));
            walk(cache, entry, MultisigEntry::multisigAccounts, -1, levels::addFirst);
            walk(cache, entry, MultisigEntry::cosignatories, 1, levels::addLast);
            return new ArrayList<>(levels);
        });
    }

    /** Follows one kind of link level by level from the account, numbering the levels by {@code step}. */
    private static void walk(CacheView<PublicKey, MultisigEntry> cache, MultisigEntry start,
            Function<MultisigEntry, List<PublicKey>> links, int step, Consumer<Map<String, Object>> sink) {
        List<MultisigEntry> current = List.of(start);
        for (int level = step; Math.abs(level) <= MAX_LEVELS; level += step) {
            TreeSet<PublicKey> keys = new TreeSet<>(MultisigEntry.KEY_ORDER);
            current.forEach(e -> keys.addAll(links.apply(e)));
            List<MultisigEntry> next = new ArrayList<>();
            keys.forEach(key -> cache.find(key).ifPresent(next::add));
            if (next.isEmpty()) {
                return;
            }
            sink.accept(level(level, next));
            current = next;
        }
    }

    private static Map<String, Object> level(int level, List<MultisigEntry> entries) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("level", level);
        json.put("multisigEntries", entries.stream().map(MultisigJson::of).toList());
        return json;
    }
}
