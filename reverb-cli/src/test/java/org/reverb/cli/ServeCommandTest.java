package org.reverb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What {@code reverb serve} listens on and whom it lets in, by default and when told. */
class ServeCommandTest {

  @Test
  void by_default_it_listens_on_the_loopback_address_only() throws Exception {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs();

    assertEquals("127.0.0.1", serve.host);
    assertTrue(InetAddress.getByName(serve.host).isLoopbackAddress());
    assertEquals(System.getenv("REVERB_CORS"), serve.cors, "CORS only from REVERB_CORS when --cors is not given");
  }

  @Test
  void cors_is_opened_to_the_one_origin_named() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--cors", "https://desk.example.org");

    assertEquals("https://desk.example.org", serve.cors);
  }
}
