package io.sirius.plugin.lockshared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.rest.InvalidArgumentException;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.StateView;
import io.sirius.plugin.lockshared.TestLocks.TestKey;
import io.sirius.plugin.lockshared.TestLocks.TestLock;
import io.sirius.plugin.lockshared.TestLocks;
import io.sirius.plugin.lockshared.cache.LockCacheDelta;
import io.sirius.plugin.lockshared.state.LockCacheView;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.TestRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LockRoutesTest {

    private static LockCacheView<TestKey, TestLock> view(StateView state) {
        return new LockCacheView<>(state, TestLocks.LAYOUT) {
        };
    }

    private static Map<String, Object> json(TestLock lock) {
        return Map.of("id", lock.key().toHex());
    }

    /** 25 locks of OWNER (keys 1..25), one of OTHER (key 99); OWNER's key known for its address. */
    private static InMemoryState locks() {
        InMemoryState state = TestLocks.state();
        LockCacheDelta<TestKey, TestLock> delta = new LockCacheDelta<>(state, TestLocks.LAYOUT) {
        };
        for (int i = 1; i <= 25; i++) {
            delta.add(TestLocks.lock(TestLocks.hash(i), TestLocks.OWNER, 100 + i, LockStatus.UNUSED));
        }
        delta.add(TestLocks.lock(TestLocks.hash(99), TestLocks.OTHER, 100, LockStatus.USED));
        state.cache(AccountStateCache.DESCRIPTOR).put(TestLocks.OWNER_ADDRESS, AccountState.create(TestLocks.OWNER_ADDRESS,
                new Height(1)).withPublicKey(TestLocks.OWNER, new Height(1)));
        return state;
    }

    private static List<String> ids(RouteResponse response) {
        assertEquals(200, response.status());
        List<String> ids = new ArrayList<>();
        for (Object item : (List<?>) response.body()) {
            ids.add((String) ((Map<?, ?>) item).get("id"));
        }
        return ids;
    }

    private static List<String> keys(int from, int to) {
        List<String> keys = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            keys.add(TestLocks.hash(i).toHex());
        }
        return keys;
    }

    @Test
    void answersOneLockByItsKeyInAnyCase() {
        // Arrange
        var locks = view(locks().view());

        // Act + Assert
        assertEquals(RouteResponse.ok(json(TestLocks.lock(TestLocks.hash(3), TestLocks.OWNER, 103, LockStatus.UNUSED))),
                LockRoutes.one(TestLocks.hash(3).toHex().toLowerCase(), "key", locks, LockRoutesTest::json));
        assertEquals(RouteResponse.notFound("no resource exists with id '" + TestLocks.hash(60).toHex() + "'"),
                LockRoutes.one(TestLocks.hash(60).toHex(), "key", locks, LockRoutesTest::json));
        assertEquals(RouteResponse.invalidArgument("key has an invalid format"),
                LockRoutes.one("1234", "key", locks, LockRoutesTest::json));
    }

    @Test
    void pagesAnIndexInKeyOrderAfterAKeyKeepingWhatBelongs() {
        // Arrange
        var locks = view(locks().view());
        TestKey index = new TestKey.Owner(TestLocks.OWNER);

        // Act
        var first = LockRoutes.page(locks, index, lock -> true, 20, Optional.empty(), LockRoutesTest::json);
        var rest = LockRoutes.page(locks, index, lock -> true, 20, Optional.of(TestLocks.hash(20)), LockRoutesTest::json);
        var odd = LockRoutes.page(locks, index, lock -> lock.height().value() % 2 == 1, 3, Optional.empty(),
                LockRoutesTest::json);

        // Assert
        assertEquals(keys(1, 20), first.stream().map(m -> m.get("id")).toList());
        assertEquals(keys(21, 25), rest.stream().map(m -> m.get("id")).toList());
        assertEquals(List.of(TestLocks.hash(1).toHex(), TestLocks.hash(3).toHex(), TestLocks.hash(5).toHex()),
                odd.stream().map(m -> m.get("id")).toList());
    }

    @Test
    void listsAnOwnersLocksByKeyOrByAddressOnePageAtATime() {
        // Arrange
        InMemoryState state = locks();

        // Act
        List<String> first = ids(LockRoutes.ownedBy(TestRequest.path("accountId", TestLocks.OWNER.toHex()),
                state.view(), LockRoutesTest::view, TestKey.Owner::new, LockRoutesTest::json));
        List<String> byAddress = ids(LockRoutes.ownedBy(TestRequest.path("accountId", TestLocks.OWNER_ADDRESS.plain()),
                state.view(), LockRoutesTest::view, TestKey.Owner::new, LockRoutesTest::json));
        List<String> second = ids(LockRoutes.ownedBy(TestRequest.path("accountId", TestLocks.OWNER.toHex())
                .query("id", first.get(19).toLowerCase()).query("pageSize", "1000"), state.view(),
                LockRoutesTest::view, TestKey.Owner::new, LockRoutesTest::json));

        // Assert: 20 by default, the rest after the paging id
        assertEquals(keys(1, 20), first);
        assertEquals(first, byAddress);
        assertEquals(keys(21, 25), second);
    }

    @Test
    void anAccountWithoutLocksOrAKnownKeyHasAnEmptyListAndBadArgumentsAre409() {
        // Arrange
        InMemoryState state = locks();

        // Act + Assert
        assertEquals(List.of(), ids(LockRoutes.ownedBy(TestRequest.path("accountId", TestLocks.hash(7).toHex()),
                state.view(), LockRoutesTest::view, TestKey.Owner::new, LockRoutesTest::json)));
        assertEquals(List.of(), ids(LockRoutes.ownedBy(
                TestRequest.path("accountId", "SARNASAS2BIAB6LMFA3FPMGBPGIJGK6IJETM3ZSP"), state.view(),
                LockRoutesTest::view, TestKey.Owner::new, LockRoutesTest::json)));
        assertEquals(RouteResponse.invalidArgument("accountId has an invalid format"), LockRoutes.ownedBy(
                TestRequest.path("accountId", "nope"), state.view(), LockRoutesTest::view, TestKey.Owner::new,
                LockRoutesTest::json));
        assertEquals(RouteResponse.invalidArgument("pageSize has an invalid format"), LockRoutes.ownedBy(
                TestRequest.path("accountId", TestLocks.OWNER.toHex()).query("pageSize", "ten"), state.view(),
                LockRoutesTest::view, TestKey.Owner::new, LockRoutesTest::json));
        assertEquals(RouteResponse.invalidArgument("id has an invalid format"), LockRoutes.ownedBy(
                TestRequest.path("accountId", TestLocks.OWNER.toHex()).query("id", "xyz"), state.view(),
                LockRoutesTest::view, TestKey.Owner::new, LockRoutesTest::json));
    }

    @Test
    void readsOwnersAndPagingIds() {
        // Arrange
        StateView state = locks().view();
        Hash256 key = TestLocks.hash(0xAB);

        // Act + Assert
        assertEquals(Optional.of(TestLocks.OWNER), LockRoutes.owner(state, TestLocks.OWNER.toHex(), "accountId"));
        assertEquals(Optional.of(TestLocks.OWNER), LockRoutes.owner(state, TestLocks.OWNER_ADDRESS.toHex(), "accountId"));
        assertEquals(Optional.empty(), LockRoutes.owner(state, "SARNASAS2BIAB6LMFA3FPMGBPGIJGK6IJETM3ZSP", "accountId"));
        assertThrows(InvalidArgumentException.class, () -> LockRoutes.owner(state, "Z".repeat(64), "accountId"));
        assertThrows(InvalidArgumentException.class, () -> LockRoutes.owner(state, null, "accountId"));
        assertEquals(Optional.of(key), LockRoutes.pageAfter(Optional.of(key.toHex().toLowerCase())));
        assertEquals(Optional.empty(), LockRoutes.pageAfter(Optional.empty()));
        assertThrows(InvalidArgumentException.class, () -> LockRoutes.pageAfter(Optional.of("12")));
    }
}
