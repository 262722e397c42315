package io.sirius.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.SiriusException;
import io.sirius.api.model.NetworkType;
import io.sirius.api.rest.Uint64;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderTest {

    @Test
    void currencyHasSixDecimalsAndIsUnsigned() {
        assertEquals("2.500000", Render.currency(2_500_000));
        assertEquals("0.000001", Render.currency(1));
        assertEquals("18446744073709.551615", Render.currency(-1L));
    }

    @Test
    void fieldsAreIndentedWithUint64InDecimalAndHex() {
        // Arrange
        Map<String, Object> mosaic = new LinkedHashMap<>();
        mosaic.put("id", new Uint64(0x50198FA973244760L));
        mosaic.put("amount", new Uint64(10));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("recipient", "90ABCD");
        fields.put("mosaics", List.of(mosaic));
        fields.put("cosignatures", List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        // Act
        Render.fields(fields, "  ", new PrintStream(bytes, true, StandardCharsets.UTF_8));

        // Assert
        assertEquals("""
                  recipient: 90ABCD
                  mosaics:\s
                    [0]:
                      id: 5771802355396003680 (0x50198FA973244760)
                      amount: 10 (0x000000000000000A)
                  cosignatures: none
                """, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void accountsAreParsedFromEveryFormAndOtherNetworksAreRefused() {
        // Arrange: the SDK vector account of private key 0101…01 (v1)
        String plain = "SDRVWM42X2WGLILP2TNYCQHOSNS52TKGLD3HW4RD";
        String publicKey = "817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117";

        // Act & Assert
        assertEquals(plain, AccountCommand.parse(plain, NetworkType.MIJIN_TEST).plain());
        assertEquals(plain, AccountCommand.parse("SDRVWM-42X2WG-LILP2T-NYCQHO-SNS52T-KGLD3H-W4RD", NetworkType.MIJIN_TEST).plain());
        assertEquals(plain, AccountCommand.parse("90E35B339ABEAC65A16FD4DB8140EE9365DD4D4658F67B7223", NetworkType.MIJIN_TEST).plain());
        assertEquals(plain, AccountCommand.parse(publicKey, NetworkType.MIJIN_TEST).plain());
        SiriusException otherNetwork = assertThrows(SiriusException.class,
                () -> AccountCommand.parse(plain, NetworkType.MAIN_NET));
        assertTrue(otherNetwork.getMessage().contains("not to this node's network"), otherNetwork.getMessage());
        SiriusException garbage = assertThrows(SiriusException.class,
                () -> AccountCommand.parse("SNOTANADDRESS", NetworkType.MIJIN_TEST));
        assertTrue(garbage.getMessage().contains("is neither an address nor a public key"), garbage.getMessage());
    }
}
