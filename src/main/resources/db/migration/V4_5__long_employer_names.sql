-- A company's full legal name can be longer than 200 characters (issue #10 §3: a real name was refused with a 500).
-- 500 leaves room for any registered name; the application refuses longer ones with a 400 (SubmissionChecks).
alter table posting_request alter column employer_name type varchar(500);
alter table certificate alter column employer_name type varchar(500);
