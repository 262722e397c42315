package io.sirius.kernel.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.notification.AccountAddressNotification;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.BalanceDebitNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.notification.EntityNotification;
import io.sirius.api.notification.SignatureNotification;
import io.sirius.api.notification.TransactionDeadlineNotification;
import io.sirius.api.notification.TransactionFeeNotification;
import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.result.Severity;
import io.sirius.crypto.Ed25519;
import io.sirius.kernel.internal.PluginDeclaration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The core system's registration, as a plugin's registration test checks it, and its result codes.
 */
class CoreSystemTest {
    final PluginDeclaration core = CoreSystem.declaration(new Ed25519());

    private static <T> Map<String, Class<?>> byName(List<T> rules, java.util.function.Function<T, String> name,
            java.util.function.Function<T, Class<?>> type) {
        return rules.stream().collect(Collectors.toMap(name, type, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void itDeclaresNoTransactionsAndAllCoreResults() {
        // Assert
        assertEquals(CoreSystem.NAME, core.name());
        assertEquals(List.of(), core.transactions());
        assertEquals(List.of((ResultCode[]) CoreResults.values()), core.results());
        assertEquals(List.of(), core.caches());
    }

    @Test
    void itsStatelessValidatorsAreDeclaredInOrder() {
        // Act
        Map<String, Class<?>> validators = byName(core.statelessValidators(), v -> v.name(), v -> v.notificationType());

        // Assert
        assertEquals(List.of("NetworkValidator", "AddressValidator", "DeadlineValidator", "TransactionFeeValidator",
                "SignatureValidator"), List.copyOf(validators.keySet()));
        assertEquals(List.of(EntityNotification.class, AccountAddressNotification.class,
                TransactionDeadlineNotification.class, TransactionFeeNotification.class, SignatureNotification.class),
                List.copyOf(validators.values()));
    }

    @Test
    void itsStatefulValidatorsAreDeclaredInOrder() {
        // Act
        Map<String, Class<?>> validators = byName(core.statefulValidators(), v -> v.name(), v -> v.notificationType());

        // Assert
        assertEquals(List.of("EntityVersionValidator", "UniqueTransactionHashValidator", "BalanceTransferValidator",
                "BalanceDebitValidator", "BalanceAddressCreditValidator", "GreedValidator"), List.copyOf(validators.keySet()));
        assertEquals(List.of(EntityNotification.class, TransactionNotification.class, BalanceTransferNotification.class,
                BalanceDebitNotification.class, io.sirius.api.notification.BalanceAddressCreditNotification.class,
                io.sirius.api.notification.BlockNotification.class), List.copyOf(validators.values()));
    }

    @Test
    void itsObserversAreDeclaredInOrderAndAllRollBack() {
        // Act
        Map<String, Class<?>> observers = byName(core.observers(), o -> o.name(), o -> o.notificationType());

        // Assert
        assertEquals(List.of("AccountAddressObserver", "AccountPublicKeyObserver", "TransactionHashObserver",
                "BalanceTransferObserver", "BalanceDebitObserver", "BalanceCreditObserver",
                "BalanceAddressCreditObserver", "HarvestFeeObserver", "ReceiptObserver"),
                List.copyOf(observers.keySet()));
        assertEquals(List.of(AccountAddressNotification.class, AccountPublicKeyNotification.class,
                TransactionNotification.class, BalanceTransferNotification.class, BalanceDebitNotification.class,
                io.sirius.api.notification.BalanceCreditNotification.class,
                io.sirius.api.notification.BalanceAddressCreditNotification.class, BlockNotification.class,
                io.sirius.api.notification.ReceiptNotification.class),
                List.copyOf(observers.values()));
        assertTrue(core.observers().stream().allMatch(o -> o.supportsRollback()));
    }

    @ParameterizedTest
    @EnumSource(CoreResults.class)
    void everyResultIsAFailureEncodedAsSiriusEncodesIt(CoreResults result) {
        // Assert: severity (2 bits) << 30 | facility << 16 | code
        assertEquals(Severity.FAILURE, result.severity());
        assertEquals(2 << 30 | result.facility() << 16 | result.code(), result.value());
        assertTrue(result.facility() > 0 && result.facility() <= 0xFF && result.code() > 0 && result.code() <= 0xFFFF);
        assertTrue(result.statusName().startsWith("Failure_"), result.statusName());
        assertTrue(!result.reason().isBlank());
    }

    @Test
    void resultCodesAndStatusNamesAreUnique() {
        // Arrange
        Set<Integer> values = new HashSet<>();
        Set<String> names = new HashSet<>();

        for (CoreResults result : CoreResults.values()) {
            // Act / Assert
            assertTrue(values.add(result.value()), result + " repeats " + Integer.toHexString(result.value()));
            assertTrue(names.add(result.statusName()), result.statusName());
        }
    }

    @Test
    void statusNamesFollowSiriusForm() {
        // Assert: the spec's example, Core Past_Deadline = 0x80430003, and the family prefix is not repeated
        assertEquals(0x80430003, CoreResults.PAST_DEADLINE.value());
        assertEquals("Failure_Core_Past_Deadline", CoreResults.PAST_DEADLINE.statusName());
        assertEquals("Failure_Chain_Unlinked", CoreResults.CHAIN_UNLINKED.statusName());
        assertEquals("Failure_Signature_Not_Verifiable", CoreResults.SIGNATURE_NOT_VERIFIABLE.statusName());
        assertEquals("Failure_Hash_Exists", CoreResults.HASH_EXISTS.statusName());
        assertEquals(ResultCodes.statusName(Severity.FAILURE, "Consumer", "REMOTE_CHAIN_MISMATCHED_DIFFICULTIES"),
                CoreResults.CONSUMER_REMOTE_CHAIN_MISMATCHED_DIFFICULTIES.statusName());
    }
}
