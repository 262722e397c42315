package io.sirius.plugin.accountlink.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountLinkResultsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "INVALID_ACTION, 170, Failure_AccountLink_Invalid_Action, 0x804C00AA",
        "LINK_ALREADY_EXISTS, 172, Failure_AccountLink_Link_Already_Exists, 0x804C00AC",
        "LINK_DOES_NOT_EXIST, 173, Failure_AccountLink_Link_Does_Not_Exist, 0x804C00AD",
        "UNLINK_DATA_INCONSISTENCY, 176, Failure_AccountLink_Unlink_Data_Inconsistency, 0x804C00B0",
        "REMOTE_ACCOUNT_INELIGIBLE, 177, Failure_AccountLink_Remote_Account_Ineligible, 0x804C00B1",
        "REMOTE_ACCOUNT_SIGNER_NOT_ALLOWED, 178, Failure_AccountLink_Remote_Account_Signer_Not_Allowed, 0x804C00B2",
        "REMOTE_ACCOUNT_PARTICIPANT_NOT_ALLOWED, 179, Failure_AccountLink_Remote_Account_Participant_Not_Allowed, 0x804C00B3"})
    void carriesSiriussCodeAndName(AccountLinkResults result, int code, String name, String value) {
        // Act and Assert
        assertEquals(Severity.FAILURE, result.severity());
        assertEquals(0x4C, result.facility());
        assertEquals(code, result.code());
        assertEquals(name, result.statusName());
        assertEquals(Integer.parseUnsignedInt(value.substring(2), 16), result.value());
    }
}
