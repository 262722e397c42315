package io.sirius.plugin.lockshared.rest;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.PublicKey;
import io.sirius.api.rest.InvalidArgumentException;
import io.sirius.api.rest.RouteArguments;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.StateView;
import io.sirius.plugin.lockshared.state.LockCacheView;
import io.sirius.plugin.lockshared.state.LockInfo;
import io.sirius.plugin.lockshared.state.LockKeySet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The handling the lock families' routes share: one lock by its key, a page of the locks an index lists, and an
 * account's locks. Arguments that do not parse answer 409 (the API's {@link InvalidArgumentException}).
 */
public final class LockRoutes {

    private LockRoutes() {
    }

    /**
     * One lock by its key: 200 with its JSON, 404 when there is none, 409 for a key that does not parse.
     *
     * @param given the path parameter, a 64-hex hash
     * @param name its name, for the message
     * @param locks the family's view
     * @param json the family's lock JSON
     * @param <L> the family's lock record
     * @return the response
     */
    public static <L extends LockInfo<L>> RouteResponse one(String given, String name, LockCacheView<?, L> locks,
            Function<? super L, Map<String, Object>> json) {
        Hash256 key;
        try {
            key = RouteArguments.hash(given, name);
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
        return locks.find(key)
                .map(lock -> RouteResponse.ok(json.apply(lock)))
                .orElseGet(() -> RouteResponse.notFound("no resource exists with id '" + given + "'"));
    }

    /**
     * {@code /account/{accountId}/lock/...?pageSize=&id=}: the locks an account (a public key or an address) created,
     * used, ended and active alike, one page at a time in key order; an empty array for an account that created none
     * or an address whose key is not known. 409 for an account id, page size or paging id that does not parse.
     *
     * @param request the request, with the {@code accountId} path parameter
     * @param state the state
     * @param view the family's view of a state
     * @param ownerIndex the key of the family's owner index
     * @param json the family's lock JSON
     * @param <K> the cache's key type
     * @param <L> the family's lock record
     * @return the response
     */
    public static <K, L extends LockInfo<L>> RouteResponse ownedBy(RouteRequest request, StateView state,
            Function<StateView, ? extends LockCacheView<K, L>> view, Function<PublicKey, K> ownerIndex,
            Function<? super L, Map<String, Object>> json) {
        try {
            Optional<PublicKey> owner = owner(state, request.pathParameter("accountId"), "accountId");
            int pageSize = RouteArguments.pageSize(request);
            Optional<Hash256> after = pageAfter(request.queryParameter("id"));
            if (owner.isEmpty()) {
                return RouteResponse.ok(List.of());
            }
            return RouteResponse.ok(page(view.apply(state), ownerIndex.apply(owner.get()),
                    lock -> lock.account().equals(owner.get()), pageSize, after, json));
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
    }

    /**
     * One page of the locks an index lists, in key order, after a given key.
     *
     * @param locks the family's view
     * @param index the index
     * @param belongs whether a lock under one of its keys still belongs to the index (an owner's index keeps a key
     *     after another owner reused it)
     * @param pageSize how many locks at most
     * @param after the last key of the previous page, if any
     * @param json the family's lock JSON
     * @param <K> the cache's key type
     * @param <L> the family's lock record
     * @return the page's JSON
     */
    public static <K, L extends LockInfo<L>> List<Map<String, Object>> page(LockCacheView<K, L> locks, K index,
            Predicate<? super L> belongs, int pageSize, Optional<Hash256> after,
            Function<? super L, Map<String, Object>> json) {
        List<Map<String, Object>> page = new ArrayList<>();
        for (Hash256 key : locks.keys(index).keys()) {
            if (page.size() == pageSize) {
                break;
            }
            if (after.isPresent() && LockKeySet.ORDER.compare(key, after.get()) <= 0) {
                continue;
            }
            locks.find(key).filter(belongs).ifPresent(lock -> page.add(json.apply(lock)));
        }
        return page;
    }

    /**
     * An owner named by public key or address. An address is looked up by the public key the account state knows for
     * it: an owner has signed its lock, so its key is known.
     *
     * @param state the state
     * @param text a 64-hex public key, or an address (base32, with or without dashes, or 50 hex)
     * @param name the argument's name, for the message
     * @return the owner's key, or empty for an address whose key is not known
     * @throws InvalidArgumentException if the text is neither
     */
    public static Optional<PublicKey> owner(StateView state, String text, String name) {
        if (text != null && text.length() == 2 * PublicKey.SIZE) {
            return Optional.of(RouteArguments.publicKey(text, name));
        }
        return state.cache(AccountStateCache.DESCRIPTOR).find(RouteArguments.address(text, name))
                .flatMap(AccountState::publicKey);
    }

    /**
     * @param id the {@code id} query parameter, if given: the {@code meta.id} (a 64-hex key, any case) of the last lock
     *     of the previous page
     * @return the key
     * @throws InvalidArgumentException if it is not a 64-hex hash
     */
    public static Optional<Hash256> pageAfter(Optional<String> id) {
        return id.map(text -> RouteArguments.hash(text.toUpperCase(Locale.ROOT), "id"));
    }
}
