package io.sirius.plugin.lockhash.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.lockhash.internal.Fixtures;
import io.sirius.plugin.lockhash.internal.cache.HashLockDelta;
import io.sirius.plugin.lockhash.model.HashLockTransaction;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.TestRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HashLockRoutesTest {

    /** 25 locks of OWNER (hashes 1..25), one of OTHER; OWNER's key known for its address. */
    private static InMemoryState locks() {
        InMemoryState state = Fixtures.state();
        HashLockDelta delta = HashLockDelta.of(state);
        for (int i = 1; i <= 25; i++) {
            delta.add(Fixtures.lock(Fixtures.hash(i), Fixtures.OWNER, 100 + i, LockStatus.UNUSED));
        }
        delta.add(Fixtures.lock());
        delta.add(Fixtures.lock(Fixtures.hash(99), Fixtures.OTHER, 100, LockStatus.USED));
        state.cache(AccountStateCache.DESCRIPTOR).put(Fixtures.OWNER_ADDRESS,
                AccountState.create(Fixtures.OWNER_ADDRESS, new Height(1)).withPublicKey(Fixtures.OWNER, new Height(1)));
        return state;
    }

    private static List<String> ids(RouteResponse response) {
        assertEquals(200, response.status());
        List<String> ids = new ArrayList<>();
        for (Object item : (List<?>) response.body()) {
            ids.add((String) ((Map<?, ?>) ((Map<?, ?>) item).get("meta")).get("id"));
        }
        return ids;
    }

    @Test
    void answersALockByItsHashAsHashLockWithMeta() {
        // Arrange
        Map<String, Object> lock = new LinkedHashMap<>();
        lock.put("account", Fixtures.OWNER.toHex());
        lock.put("accountAddress", "9034AAD2F65B9BC0CDC715CA0CE38BFCB6712A19A93D58ADA5");
        lock.put("mosaicId", new Uint64(0x0DC67FBE1CAD29E3L));
        lock.put("amount", new Uint64(10_000_000));
        lock.put("height", new Uint64(100));
        lock.put("status", 0);
        lock.put("hash", Fixtures.AGGREGATE.toHex());

        // Act
        RouteResponse response = HashLockRoute.descriptor().handler().handle(
                TestRequest.path("hash", Fixtures.AGGREGATE.toHex().toLowerCase()), locks().view());

        // Assert
        assertEquals(RouteResponse.ok(Map.of("meta", Map.of("id", Fixtures.AGGREGATE.toHex()), "lock", lock)), response);
        assertEquals("/lock/hash/{hash}", HashLockRoute.descriptor().path());
        assertEquals(RouteResponse.notFound("no resource exists with id '" + Fixtures.hash(60).toHex() + "'"),
                new HashLockRoute().handle(TestRequest.path("hash", Fixtures.hash(60).toHex()), locks().view()));
        assertEquals(RouteResponse.invalidArgument("hash has an invalid format"),
                new HashLockRoute().handle(TestRequest.path("hash", "1234"), locks().view()));
    }

    @Test
    void listsAnOwnersLocksByKeyOrByAddressOnePageAtATime() {
        // Arrange
        InMemoryState state = locks();
        var route = AccountHashLocksRoute.descriptor().handler();
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            all.add(Fixtures.hash(i).toHex());
        }
        all.add(Fixtures.AGGREGATE.toHex());
        all.sort(String::compareTo);

        // Act
        List<String> first = ids(route.handle(TestRequest.path("accountId", Fixtures.OWNER.toHex()), state.view()));
        List<String> byAddress = ids(route.handle(TestRequest.path("accountId", Fixtures.OWNER_ADDRESS.plain()),
                state.view()));
        List<String> second = ids(route.handle(TestRequest.path("accountId", Fixtures.OWNER.toHex())
                .query("id", first.get(19)).query("pageSize", "1000"), state.view()));

        // Assert
        assertEquals(all.subList(0, 20), first);
        assertEquals(first, byAddress);
        assertEquals(all.subList(20, 26), second);
        assertEquals(List.of(Fixtures.hash(99).toHex()), ids(route.handle(TestRequest.path("accountId",
                Fixtures.OTHER.toHex()), state.view())));
        assertEquals("/account/{accountId}/lock/hash", AccountHashLocksRoute.descriptor().path());
    }

    @Test
    void anOwnersListLeavesOutAHashAnotherOwnerLockedAgain() {
        // Arrange
        InMemoryState state = Fixtures.state();
        var old = Fixtures.lock(Fixtures.AGGREGATE, Fixtures.OTHER, 50, LockStatus.UNUSED);
        HashLockDelta.of(state).add(old);
        HashLockDelta.of(state).add(Fixtures.replacing(old, Fixtures.OWNER, 100));

        // Act + Assert
        assertEquals(List.of(), ids(new AccountHashLocksRoute().handle(TestRequest.path("accountId", Fixtures.OTHER.toHex()),
                state.view())));
        assertEquals(List.of(), ids(new AccountHashLocksRoute().handle(TestRequest.path("accountId",
                Fixtures.OWNER_ADDRESS.plain()), state.view())));
    }

    @Test
    void answers409ForArgumentsThatDoNotParse() {
        // Act + Assert
        assertEquals(RouteResponse.invalidArgument("accountId has an invalid format"), new AccountHashLocksRoute()
                .handle(TestRequest.path("accountId", "nope"), locks().view()));
        assertEquals(RouteResponse.invalidArgument("id has an invalid format"), new AccountHashLocksRoute()
                .handle(TestRequest.path("accountId", Fixtures.OWNER.toHex()).query("id", "xyz"), locks().view()));
    }

    @Test
    void writesAHashLockWithTheFieldsTheSdkReads() {
        // Arrange: the SDK vector's lock
        var lock = new HashLockTransaction(new UnresolvedMosaic(new UnresolvedMosaicId(0x0DC67FBE1CAD29E3L),
                new Amount(10_000_000)), new BlockDuration(480), Fixtures.AGGREGATE);

        // Act
        Map<String, Object> json = new HashLockTransactionJson().write(lock, 1);

        // Assert: HashLockTransaction.toJSON of the SDK: mosaicId [481110499, 231112638], amount, duration, hash
        assertEquals(List.of("mosaicId", "amount", "duration", "hash"), List.copyOf(json.keySet()));
        assertEquals(481110499L, ((Uint64) json.get("mosaicId")).low());
        assertEquals(231112638L, ((Uint64) json.get("mosaicId")).high());
        assertEquals(new Uint64(10_000_000), json.get("amount"));
        assertEquals(new Uint64(480), json.get("duration"));
        assertEquals(Fixtures.AGGREGATE.toHex(), json.get("hash"));
        assertEquals(Hash256.fromHex((String) json.get("hash")), Fixtures.AGGREGATE);
    }
}
