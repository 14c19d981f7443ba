package org.liaison.portal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The portal started with the modules it depends on (coordination, agreements, the shared kernel) and nothing
 * else: its public pages and simulators render without the staff modules. Access rules are the whole
 * application's concern (SecurityTests), so the security filters are left out here.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class PortalModuleTests {

    @Autowired
    WebApplicationContext context;

    @Test
    void theHomePageAndEachSimulatorRenderWithThePortalsDependenciesAlone() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        for (String path : new String[] {"/", "/simulators", "/simulators/applicable-legislation",
                "/simulators/pension-estimate", "/simulators/benefit-export", "/simulators/family-benefits",
                "/simulators/healthcare-reimbursement", "/simulators/unemployment"}) {
            mvc.perform(get(path).param("lang", "en"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("<h1")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        }
    }
}
