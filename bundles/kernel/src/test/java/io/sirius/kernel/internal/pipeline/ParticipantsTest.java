package io.sirius.kernel.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.notification.SignatureNotification;
import io.sirius.kernel.internal.history.TransactionIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accounts a transaction concerns, with their roles, read from its notifications. */
class ParticipantsTest {
    @TempDir
    Path directory;
    CoreFixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void signerRecipientNamedKeysAndCosignersEachGetTheirRole() {
        // Arrange
        fixture = CoreFixture.open(directory);
        PublicKey signer = CoreFixture.key(1).publicKey();
        PublicKey recipient = CoreFixture.key(2).publicKey();
        PublicKey named = CoreFixture.key(3).publicKey();
        PublicKey cosigner = CoreFixture.key(4).publicKey();
        Environment environment = fixture.environment(9, 5_000);
        List<Notification> notifications = List.of(
                new AccountPublicKeyNotification(signer),
                new SignatureNotification(signer, Signature.ZERO, DerivationScheme.UNSET, new byte[0]),
                new BalanceTransferNotification(signer, CoreFixture.address(recipient).toUnresolved(),
                        new UnresolvedMosaicId(CoreFixture.CURRENCY.value()), new Amount(1)),
                new AccountPublicKeyNotification(named),
                new SignatureNotification(cosigner, Signature.ZERO, DerivationScheme.UNSET, new byte[0]));

        // Act
        Map<io.sirius.api.model.Address, Integer> roles = Participants.roles(signer, notifications, environment,
                Participants.resolvers(environment, fixture.changes()));

        // Assert
        assertEquals(Map.of(CoreFixture.address(signer), TransactionIndex.SIGNER,
                CoreFixture.address(recipient), TransactionIndex.RECIPIENT,
                CoreFixture.address(named), TransactionIndex.PARTICIPANT,
                CoreFixture.address(cosigner), TransactionIndex.PARTICIPANT), roles);
        assertEquals(CoreFixture.address(signer), roles.keySet().iterator().next(), "the signer comes first");
    }
}
