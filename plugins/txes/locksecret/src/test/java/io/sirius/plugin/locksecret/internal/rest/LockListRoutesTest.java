package io.sirius.plugin.locksecret.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.rest.RouteResponse;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.internal.cache.SecretLockDelta;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.lockshared.state.LockKeySet;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.TestRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LockListRoutesTest {

    /** 25 locks of OWNER for RECIPIENT (secrets 1..25), one of OTHER for secret 1 (for OWNER_ADDRESS). */
    private static InMemoryState locks() {
        InMemoryState state = Fixtures.state();
        SecretLockDelta delta = SecretLockDelta.of(state);
        for (int i = 1; i <= 25; i++) {
            delta.add(Fixtures.lock(Fixtures.secret(i), Fixtures.RECIPIENT, Fixtures.OWNER, 100 + i, LockStatus.UNUSED));
        }
        delta.add(Fixtures.lock(Fixtures.secret(1), Fixtures.OWNER_ADDRESS, Fixtures.OTHER, 100, LockStatus.USED));
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

    private static List<String> ownerKeys() {
        List<Hash256> keys = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            keys.add(SecretLockInfo.compositeHash(Fixtures.secret(i), Fixtures.RECIPIENT));
        }
        keys.sort(LockKeySet.ORDER);
        return keys.stream().map(Hash256::toHex).toList();
    }

    @Test
    void listsAnOwnersLocksByKeyOrByAddressOnePageAtATime() {
        // Arrange
        InMemoryState state = locks();
        var route = AccountSecretLocksRoute.descriptor().handler();

        // Act
        List<String> first = ids(route.handle(TestRequest.path("accountId", Fixtures.OWNER.toHex()), state.view()));
        List<String> byAddress = ids(route.handle(TestRequest.path("accountId", Fixtures.OWNER_ADDRESS.plain()),
                state.view()));
        List<String> second = ids(route.handle(TestRequest.path("accountId", Fixtures.OWNER.toHex())
                .query("id", first.get(19)).query("pageSize", "10"), state.view()));

        // Assert: 20 by default, the rest after the paging id
        assertEquals(ownerKeys().subList(0, 20), first);
        assertEquals(first, byAddress);
        assertEquals(ownerKeys().subList(20, 25), second);
        assertEquals("/account/{accountId}/lock/secret", AccountSecretLocksRoute.descriptor().path());
    }

    @Test
    void anAccountWithoutLocksOrAKnownKeyHasAnEmptyList() {
        // Arrange
        InMemoryState state = locks();
        var route = new AccountSecretLocksRoute();

        // Act + Assert
        assertEquals(List.of(), ids(route.handle(TestRequest.path("accountId", Fixtures.secret(7).toHex()), state.view())));
        assertEquals(List.of(), ids(route.handle(TestRequest.path("accountId", Fixtures.RECIPIENT.plain()), state.view())));
    }

    @Test
    void listsTheLocksOfASecret() {
        // Arrange
        InMemoryState state = locks();

        // Act
        List<String> ids = ids(SecretLocksBySecretRoute.descriptor().handler()
                .handle(TestRequest.path("secret", Fixtures.secret(1).toHex()), state.view()));

        // Assert: one per recipient
        List<Hash256> expected = new ArrayList<>(List.of(SecretLockInfo.compositeHash(Fixtures.secret(1), Fixtures.RECIPIENT),
                SecretLockInfo.compositeHash(Fixtures.secret(1), Fixtures.OWNER_ADDRESS)));
        expected.sort(LockKeySet.ORDER);
        assertEquals(expected.stream().map(Hash256::toHex).toList(), ids);
        assertEquals("/lock/secret/{secret}", SecretLocksBySecretRoute.descriptor().path());
    }

    @Test
    void anOwnersListLeavesOutAKeyAnotherOwnerReused() {
        // Arrange: OTHER's lock was pruned and OWNER locked the same key again
        InMemoryState state = Fixtures.state();
        SecretLockInfo old = Fixtures.lock(Fixtures.SHA3_SECRET, Fixtures.RECIPIENT, Fixtures.OTHER, 50, LockStatus.USED);
        SecretLockDelta.of(state).add(old);
        SecretLockInfo lock = Fixtures.lock();
        SecretLockDelta.of(state).add(new SecretLockInfo(lock.account(), lock.accountAddress(), lock.mosaicId(),
                lock.amount(), lock.height(), lock.status(), lock.hashAlgorithm(), lock.secret(), lock.recipient(),
                Optional.of(old)));

        // Act + Assert
        assertEquals(List.of(), ids(new AccountSecretLocksRoute().handle(TestRequest.path("accountId",
                Fixtures.OTHER.toHex()), state.view())));
        assertEquals(List.of(Fixtures.COMPOSITE.toHex()), ids(new AccountSecretLocksRoute().handle(
                TestRequest.path("accountId", Fixtures.OWNER.toHex()), state.view())));
    }

    @Test
    void answers409ForArgumentsThatDoNotParse() {
        // Arrange
        InMemoryState state = locks();

        // Act + Assert
        assertEquals(RouteResponse.invalidArgument("accountId has an invalid format"), new AccountSecretLocksRoute()
                .handle(TestRequest.path("accountId", "SNOTANADDRESS"), state.view()));
        assertEquals(RouteResponse.invalidArgument("accountId has an invalid format"), new AccountSecretLocksRoute()
                .handle(TestRequest.path("accountId", "Z".repeat(64)), state.view()));
        assertEquals(RouteResponse.invalidArgument("pageSize has an invalid format"), new AccountSecretLocksRoute()
                .handle(TestRequest.path("accountId", Fixtures.OWNER.toHex()).query("pageSize", "ten"), state.view()));
        assertEquals(RouteResponse.invalidArgument("id has an invalid format"), new SecretLocksBySecretRoute()
                .handle(TestRequest.path("secret", Fixtures.SHA3_SECRET.toHex()).query("id", "12"), state.view()));
        assertEquals(RouteResponse.invalidArgument("secret has an invalid format"), new SecretLocksBySecretRoute()
                .handle(TestRequest.path("secret", "12"), state.view()));
    }
}
