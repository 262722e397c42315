package io.sirius.plugin.locksecret.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.locksecret.model.SecretLockTransaction;
import io.sirius.plugin.locksecret.model.SecretProofTransaction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretLockTransactionJsonTest {
    private static final String RECIPIENT = "9022D04812D05000F96C283657B0C17990932BC84926CDE64F";
    private static final String HASH160 = "B4CB04D5F8D9DC53ED814CED36363EEEEF2E2265000000000000000000000000";

    @Test
    void writesASecretLockWithTheFieldsTheSdkReads() {
        // Arrange: the SDK's Hash160 vector
        var lock = new SecretLockTransaction(new UnresolvedMosaic(new UnresolvedMosaicId(0x0DC67FBE1CAD29E3L),
                new Amount(10_000_000)), new BlockDuration(100), 2, Hash256.fromHex(HASH160),
                UnresolvedAddress.of(Hex.decode(RECIPIENT)));

        // Act
        Map<String, Object> json = new SecretLockTransactionJson().write(lock, 1);

        // Assert: the names and shapes of the SDK's SecretLockTransaction.toJSON, recipient as REST's hex
        assertEquals(List.of("mosaicId", "amount", "duration", "hashAlgorithm", "secret", "recipient"),
                List.copyOf(json.keySet()));
        assertEquals(new Uint64(0x0DC67FBE1CAD29E3L), json.get("mosaicId"));
        assertEquals(481110499L, ((Uint64) json.get("mosaicId")).low());
        assertEquals(231112638L, ((Uint64) json.get("mosaicId")).high());
        assertEquals(new Uint64(10_000_000), json.get("amount"));
        assertEquals(new Uint64(100), json.get("duration"));
        assertEquals(2, json.get("hashAlgorithm"));
        assertEquals(HASH160, json.get("secret"));
        assertEquals(RECIPIENT, json.get("recipient"));
    }

    @Test
    void writesASecretProofWithTheFieldsTheSdkReads() {
        // Arrange
        var proof = new SecretProofTransaction(0, Hash256.fromHex(
                "DB32380ABE23EF51F0547AC0FC4D095A2A16445A00FD8CE2E52628E189BA562D"),
                UnresolvedAddress.of(Hex.decode(RECIPIENT)), Hex.decode("000102030405060708090A0B0C0D0E0F10111213"));

        // Act
        Map<String, Object> json = new SecretProofTransactionJson().write(proof, 1);

        // Assert: SecretProofTransaction.toDTO of the SDK
        assertEquals(Map.of("hashAlgorithm", 0, "secret", "DB32380ABE23EF51F0547AC0FC4D095A2A16445A00FD8CE2E52628E189BA562D",
                "recipient", RECIPIENT, "proof", "000102030405060708090A0B0C0D0E0F10111213"), json);
        assertEquals(List.of("hashAlgorithm", "secret", "recipient", "proof"), List.copyOf(json.keySet()));
    }
}
