package io.sirius.plugin.lockshared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.rest.Uint64;
import io.sirius.plugin.lockshared.TestLocks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LockJsonTest {

    @Test
    void writesTheSharedFieldsThenTheFamilysUnderMetaIdOfTheKey() {
        // Arrange
        Map<String, Object> lock = new LinkedHashMap<>();
        lock.put("account", TestLocks.OWNER.toHex());
        lock.put("accountAddress", "9034AAD2F65B9BC0CDC715CA0CE38BFCB6712A19A93D58ADA5");
        lock.put("mosaicId", new Uint64(0x0DC67FBE1CAD29E3L));
        lock.put("amount", new Uint64(10));
        lock.put("height", new Uint64(100));
        lock.put("status", 0);
        lock.put("tag", 1);

        // Act
        Map<String, Object> json = LockJson.of(TestLocks.lock(), body -> body.put("tag", TestLocks.lock().tag()));

        // Assert: in js-xpx-chain-rest's order
        assertEquals(Map.of("meta", Map.of("id", TestLocks.hash(1).toHex()), "lock", lock), json);
        assertEquals(List.of("meta", "lock"), List.copyOf(json.keySet()));
        assertEquals(List.copyOf(lock.keySet()), List.copyOf(((Map<?, ?>) json.get("lock")).keySet()));
    }
}
