-- First routing rules for SEDs addressed to the liaison body (FR:CLEISS, the single point of contact) and the
-- organisations of the demo users. Institution ids are those of the IR (reference/exchange/institutions-demo.json).
-- Region = French département of the person's address (postal code); scheme = the person's scheme if the SED says.
insert into exchange_routing_rule (priority, buc_type, sector, region, scheme, institution, note) values
    (10, null,        null, null, 'MSA', 'FR:MSA',           'agricultural scheme, any BUC'),
    (20, null,        'P',  null, null,  'FR:CNAV',          'pensions: the national old-age fund'),
    (30, null,        'LA', '75', null,  'FR:URSSAF75',      'applicable legislation, Paris'),
    (30, null,        'LA', '67', null,  'FR:URSSAF67',      'applicable legislation, Bas-Rhin'),
    (40, null,        'LA', null, null,  'FR:URSSAFCN',      'applicable legislation, elsewhere'),
    (50, 'H_BUC_01',  null, '75', null,  'FR:CPAM75',        'horizontal exchange, Paris'),
    (50, 'H_BUC_01',  null, '92', null,  'FR:CPAM92',        'horizontal exchange, Hauts-de-Seine'),
    (50, 'H_BUC_01',  null, '67', null,  'FR:CPAM67',        'horizontal exchange, Bas-Rhin'),
    (60, null,        'S',  '75', null,  'FR:CPAM75',        'sickness, Paris'),
    (60, null,        'S',  '92', null,  'FR:CPAM92',        'sickness, Hauts-de-Seine'),
    (60, null,        'S',  '67', null,  'FR:CPAM67',        'sickness, Bas-Rhin'),
    (60, null,        'S',  '06', null,  'FR:CPAM06',        'sickness, Alpes-Maritimes'),
    (60, null,        'S',  '59', null,  'FR:CPAM59',        'sickness, Nord'),
    (70, null,        'FB', '75', null,  'FR:CAF75',         'family benefits, Paris'),
    (70, null,        'FB', '67', null,  'FR:CAF67',         'family benefits, Bas-Rhin'),
    (80, null,        'FB', null, null,  'FR:CNAF',          'family benefits, elsewhere'),
    (90, null,        'UB', null, null,  'FR:FRANCETRAVAIL', 'unemployment');

insert into exchange_organisation_institution (organisation_code, institution) values
    ('CPAM-PARIS', 'FR:CPAM75'),
    ('CNAV', 'FR:CNAV'),
    ('CAF-PARIS', 'FR:CAF75'),
    ('URSSAF-IDF', 'FR:URSSAF75'),
    ('MSA', 'FR:MSA'),
    ('FRANCE-TRAVAIL', 'FR:FRANCETRAVAIL');
