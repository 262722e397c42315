package io.sirius.plugin.accountlink.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.plugin.accountlink.internal.Fixtures;
import io.sirius.plugin.accountlink.model.AccountLinkTransaction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountLinkTransactionJsonTest {

    @ParameterizedTest(name = "action {0}")
    @ValueSource(ints = {0, 1, 0xFF})
    void writesTheRemoteKeyInHexAndTheActionAsANumber(int action) {
        // Act
        Map<String, Object> json = new AccountLinkTransactionJson().write(new AccountLinkTransaction(Fixtures.REMOTE, action), 2);

        // Assert
        assertEquals(List.of("remoteAccountKey", "action"), List.copyOf(json.keySet()));
        assertEquals(Fixtures.REMOTE.toHex(), json.get("remoteAccountKey"));
        assertEquals(action, json.get("action"));
    }
}
