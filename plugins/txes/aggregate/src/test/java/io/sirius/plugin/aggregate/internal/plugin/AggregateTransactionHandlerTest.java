package io.sirius.plugin.aggregate.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.model.Amount;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.AccountAddressNotification;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.AddressInteractionNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.EntityNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.notification.SignatureNotification;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.crypto.Ed25519;
import io.sirius.plugin.aggregate.model.AggregateCosignaturesNotification;
import io.sirius.plugin.aggregate.model.AggregateEmbeddedTransactionNotification;
import io.sirius.plugin.aggregate.model.AggregateTransactionBody;
import io.sirius.plugin.aggregate.model.AggregateTransactionHashNotification;
import io.sirius.plugin.aggregate.model.AggregateTransactionTypeNotification;
import io.sirius.plugin.aggregate.model.AggregateTypes;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.RecordingRegistrar;
import io.sirius.plugin.transfer.internal.plugin.TransferPlugin;
import io.sirius.plugin.transfer.model.TransferMessageNotification;
import io.sirius.plugin.transfer.model.TransferMosaicsNotification;
import io.sirius.plugin.transfer.model.TransferTypes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AggregateTransactionHandlerTest {
    private static final TransactionDescriptor<?> TRANSFER = transfer();
    private static final UnresolvedAddress B = UnresolvedAddress.of(Hex.decode("907E777D28FB6B8AC03139FECA39FDB79C0A01EC11E54ADF0E"));
    private static final UnresolvedAddress A = UnresolvedAddress.of(Hex.decode("90E35B339ABEAC65A16FD4DB8140EE9365DD4D4658F67B7223"));
    private static final UnresolvedMosaicId PRX_XPX = new UnresolvedMosaicId(0xBFFB42A19116BDF6L);
    private static final UnresolvedMosaicId CURRENCY = new UnresolvedMosaicId(0x0DC67FBE1CAD29E3L);

    /** Stands in for the multisig plugin's Modify_Multisig_Account: reads its body, publishes nothing. */
    private static final TransactionDescriptor<byte[]> OPAQUE_MODIFY = new TransactionDescriptor<>("Modify_Multisig_Account",
            new EntityType(0x4155), 3, 3, true, byte[].class, new TransactionCodec<>() {
                @Override
                public byte[] decode(BinaryReader body, int version) {
                    return body.readBytes(body.remaining(), "body");
                }

                @Override
                public void encode(byte[] body, BinaryWriter out, int version) {
                    out.writeBytes(body);
                }
            }, (body, context, sink) -> { });

    private static TransactionDescriptor<?> transfer() {
        RecordingRegistrar registrar = new RecordingRegistrar();
        new TransferPlugin().register(registrar);
        return registrar.transactions().get(0);
    }

    private static AggregateTransactionBody body(String payload, boolean extended) {
        return new AggregateTransactionCodec(extended).decode(BinaryReader.of(SdkVectors.body(payload)), 0);
    }

    private static List<Notification> publish(AggregateTransactionBody body, EntityType type, int version, String hash) {
        TransactionContext context = ContextBuilder.context()
                .signer(SdkVectors.A).type(type).version(version).hash(Hash256.fromHex(hash))
                .embeddable(TRANSFER, OPAQUE_MODIFY)
                .transaction();
        List<Notification> out = new ArrayList<>();
        new AggregateTransactionHandler().publish(body, context, out::add);
        return out;
    }

    /** What the transfer plugin publishes for the vectors' transfer of 1'000'000 prx.xpx with "Hello Sirius". */
    private static List<Notification> helloTransfer(PublicKey signer) {
        UnresolvedMosaic xpx = new UnresolvedMosaic(PRX_XPX, new Amount(1_000_000));
        return List.of(
                new AccountAddressNotification(B),
                new AddressInteractionNotification(signer, TransferTypes.TRANSFER, List.of(B)),
                new BalanceTransferNotification(signer, B, PRX_XPX, new Amount(1_000_000)),
                new TransferMessageNotification(13),
                new TransferMosaicsNotification(List.of(xpx)));
    }

    @ParameterizedTest(name = "version {0}")
    @ValueSource(ints = {2, 3})
    void publishesAV1AggregateInSiriussOrderWithItsTransferPublishedByTheTransferPlugin(int version) {
        // Arrange
        AggregateTransactionBody body = body(SdkVectors.COMPLETE_V1_TRANSFER, false);
        EmbeddedTransaction inner = body.transactions().get(0);
        Hash256 hash = Hash256.fromHex(SdkVectors.COMPLETE_V1_TRANSFER_HASH);

        // Act
        List<Notification> notifications = publish(body, AggregateTypes.AGGREGATE_COMPLETE, version,
                SdkVectors.COMPLETE_V1_TRANSFER_HASH);

        // Assert: version 3 starts with the hash; no cosignature, so no signature follows
        List<Notification> expected = new ArrayList<>();
        if (version == 3) {
            expected.add(new AggregateTransactionHashNotification(hash, List.of(inner)));
        }
        expected.add(new AggregateTransactionTypeNotification(AggregateTypes.AGGREGATE_COMPLETE));
        expected.add(new AggregateCosignaturesNotification(SdkVectors.A, List.of(inner), List.of()));
        expected.add(new AccountPublicKeyNotification(SdkVectors.A));
        expected.add(new EntityNotification(0x90, TransferTypes.TRANSFER, 3));
        expected.add(new AggregateEmbeddedTransactionNotification(SdkVectors.A, inner, List.of()));
        expected.addAll(helloTransfer(SdkVectors.A));
        assertEquals(expected, notifications);
    }

    @Test
    void publishesAV2BondedAggregateWithEachTransferUnderItsOwnSignerAndEachCosignersSignatureOfTheHash() {
        // Arrange
        AggregateTransactionBody body = body(SdkVectors.BONDED_V2_TRANSFERS, true);
        List<EmbeddedTransaction> inner = body.transactions();
        Hash256 hash = Hash256.fromHex(SdkVectors.BONDED_V2_TRANSFERS_HASH);

        // Act
        List<Notification> notifications = publish(body, AggregateTypes.AGGREGATE_BONDED_V2, 1,
                SdkVectors.BONDED_V2_TRANSFERS_HASH);

        // Assert: the V2 types publish their type before their hash; the SDK writes an empty plain message as its type
        // byte
        UnresolvedMosaic ten = new UnresolvedMosaic(CURRENCY, new Amount(10));
        List<Notification> expected = new ArrayList<>(List.of(
                new AggregateTransactionTypeNotification(AggregateTypes.AGGREGATE_BONDED_V2),
                new AggregateTransactionHashNotification(hash, inner),
                new AggregateCosignaturesNotification(SdkVectors.A, inner, body.cosignatures()),
                new AccountPublicKeyNotification(SdkVectors.A),
                new EntityNotification(0x90, TransferTypes.TRANSFER, 3),
                new AggregateEmbeddedTransactionNotification(SdkVectors.A, inner.get(0), body.cosignatures()),
                new AccountAddressNotification(B),
                new AddressInteractionNotification(SdkVectors.A, TransferTypes.TRANSFER, List.of(B)),
                new BalanceTransferNotification(SdkVectors.A, B, CURRENCY, new Amount(10)),
                new TransferMessageNotification(3),
                new TransferMosaicsNotification(List.of(ten))));
        for (int i = 1; i < 3; i++) {
            PublicKey signer = inner.get(i).header().signer();
            expected.add(new AccountPublicKeyNotification(signer));
            expected.add(new EntityNotification(0x90, TransferTypes.TRANSFER, 3));
            expected.add(new AggregateEmbeddedTransactionNotification(SdkVectors.A, inner.get(i), body.cosignatures()));
            expected.add(new AccountAddressNotification(A));
            expected.add(new AddressInteractionNotification(signer, TransferTypes.TRANSFER, List.of(A)));
            expected.add(new TransferMessageNotification(1));
        }
        int signatures = expected.size();
        assertEquals(signatures + 2, notifications.size());
        assertEquals(expected, notifications.subList(0, signatures));
        assertEquals(List.of(SdkVectors.C, SdkVectors.D2), inner.subList(1, 3).stream().map(t -> t.header().signer()).toList());

        for (int i = 0; i < 2; i++) {
            SignatureNotification signature = (SignatureNotification) notifications.get(signatures + i);
            assertEquals(body.cosignatures().get(i).signer(), signature.signer());
            assertEquals(body.cosignatures().get(i).signature(), signature.signature());
            assertEquals(body.cosignatures().get(i).scheme(), signature.scheme());
            assertArrayEquals(hash.bytes(), signature.data());
        }
    }

    @Test
    void everyCosignersSignatureVerifiesOverTheAggregatesHash() {
        // Arrange: both cosignature forms, both schemes
        List<SignatureNotification> signatures = new ArrayList<>();
        publish(body(SdkVectors.COMPLETE_V1_MODIFY, false), AggregateTypes.AGGREGATE_COMPLETE, 3,
                SdkVectors.COMPLETE_V1_MODIFY_HASH).stream()
                .filter(SignatureNotification.class::isInstance).map(SignatureNotification.class::cast)
                .forEach(signatures::add);

        // Act and Assert: the cosigners (B, C) signed exactly the hash the handler puts in the notification
        assertEquals(List.of(SdkVectors.B, SdkVectors.C), signatures.stream().map(SignatureNotification::signer).toList());
        Ed25519 ed25519 = new Ed25519();
        for (SignatureNotification signature : signatures) {
            assertTrue(ed25519.verify(signature.signer(), signature.scheme(), signature.data(), signature.signature()));
        }
        List<Notification> v2 = publish(body(SdkVectors.BONDED_V2_TRANSFERS, true), AggregateTypes.AGGREGATE_BONDED_V2, 1,
                SdkVectors.BONDED_V2_TRANSFERS_HASH);
        for (Notification n : v2) {
            if (n instanceof SignatureNotification signature) {
                assertTrue(ed25519.verify(signature.signer(), signature.scheme(), signature.data(), signature.signature()),
                        signature.signer() + " with " + signature.scheme());
            }
        }
    }
}
