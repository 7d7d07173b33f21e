<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Volunteer accounts</source>
        <translation>Volunteer accounts</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>People who can open the volunteer tools</source>
        <translation>People who can open the volunteer tools</translation>
    </message>
    <message>
        <source>Remove the account of {name}</source>
        <translation>Remove the account of {name}</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Change my PIN</translation>
    </message>
    <message>
        <source>New PIN (4 to 8 digits)</source>
        <translation>New PIN (4 to 8 digits)</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>The new PIN again</translation>
    </message>
    <message>
        <source>Add a volunteer</source>
        <translation>Add a volunteer</translation>
    </message>
    <message>
        <source>Name of the new volunteer</source>
        <translation>Name of the new volunteer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Remove the chosen account</source>
        <translation>Remove the chosen account</translation>
    </message>
    <message>
        <source>Their PIN (4 to 8 digits)</source>
        <translation>Their PIN (4 to 8 digits)</translation>
    </message>
    <message>
        <source>Their PIN again</source>
        <translation>Their PIN again</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Role: {role}</translation>
    </message>
    <message>
        <source>Add this volunteer</source>
        <translation>Add this volunteer</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits, for example 2468.</source>
        <translation>A PIN is 4 to 8 digits, for example 2468.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <source>Your PIN was changed.</source>
        <translation>Your PIN was changed.</translation>
    </message>
    <message>
        <source>Please type the new volunteer's name.</source>
        <translation>Please type the new volunteer's name.</translation>
    </message>
    <message>
        <source>There is already a volunteer with this name.</source>
        <translation>There is already a volunteer with this name.</translation>
    </message>
    <message>
        <source>{name} can now open the volunteer tools with their PIN.</source>
        <translation>{name} can now open the volunteer tools with their PIN.</translation>
    </message>
    <message>
        <source>{name} is the only coordinator and cannot be removed.</source>
        <translation>{name} is the only coordinator and cannot be removed.</translation>
    </message>
    <message>
        <source>The account of {name} was removed.</source>
        <translation>The account of {name} was removed.</translation>
    </message>
</context>
<context>
    <name>AddLearnerPage</name>
    <message>
        <source>‹  All learners</source>
        <translation>‹  All learners</translation>
    </message>
    <message>
        <source>Back to the list of learners</source>
        <translation>Back to the list of learners</translation>
    </message>
    <message>
        <source>Add learners</source>
        <translation>Add learners</translation>
    </message>
    <message>
        <source>Add from a file…</source>
        <translation>Add from a file…</translation>
    </message>
    <message>
        <source>Add learners from an Excel or CSV file</source>
        <translation>Add learners from an Excel or CSV file</translation>
    </message>
    <message>
        <source>New learner form</source>
        <translation>New learner form</translation>
    </message>
    <message>
        <source>Open the one just added</source>
        <translation>Open the one just added</translation>
    </message>
    <message>
        <source>Add this learner</source>
        <translation>Add this learner</translation>
    </message>
    <message>
        <source>Open that learner</source>
        <translation>Open that learner</translation>
    </message>
    <message>
        <source>Add a new learner anyway</source>
        <translation>Add a new learner anyway</translation>
    </message>
    <message>
        <source>{who} is already on the list. The same person?</source>
        <translation>{who} is already on the list. The same person?</translation>
    </message>
    <message>
        <source>Added {name} ({group}, {ward}). The form is ready for the next learner.</source>
        <translation>Added {name} ({group}, {ward}). The form is ready for the next learner.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The data cannot be opened</source>
        <translation>The data cannot be opened</translation>
    </message>
    <message>
        <source>The city store</source>
        <translation>The city store</translation>
    </message>
    <message>
        <source>This computer is not set up yet. Set it up first (its coordinator's PIN opens the city store).</source>
        <translation>This computer is not set up yet. Set it up first (its coordinator's PIN opens the city store).</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>The backup was not restored</translation>
    </message>
    <message>
        <source>The backup of {date} is restored: {learners} learners.</source>
        <translation>The backup of {date} is restored: {learners} learners.</translation>
    </message>
    <message>
        <source>The app starts with empty data. The damaged file is kept aside.</source>
        <translation>The app starts with empty data. The damaged file is kept aside.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Damaged: cannot be restored</source>
        <translation>Damaged: cannot be restored</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Before a sync import</source>
        <translation>Before a sync import</translation>
    </message>
    <message>
        <source>Before an app upgrade</source>
        <translation>Before an app upgrade</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Other file</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>This computer copies its data every day it is used, before every sync import and before every upgrade. Keep a copy on a USB stick too: it survives if this computer breaks.</source>
        <translation>This computer copies its data every day it is used, before every sync import and before every upgrade. Keep a copy on a USB stick too: it survives if this computer breaks.</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <source>Backups on this computer</source>
        <translation>Backups on this computer</translation>
    </message>
    <message>
        <source>Show what backups are for</source>
        <translation>Show what backups are for</translation>
    </message>
    <message>
        <source>Hide the explanation</source>
        <translation>Hide the explanation</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>The explanation is shown.</source>
        <translation>The explanation is shown.</translation>
    </message>
    <message>
        <source>The explanation is hidden.</source>
        <translation>The explanation is hidden.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>Copy the chosen backup to a USB stick</source>
        <translation>Copy the chosen backup to a USB stick</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Restore this backup…</translation>
    </message>
    <message>
        <source>Restore a copy from a USB stick…</source>
        <translation>Restore a copy from a USB stick…</translation>
    </message>
    <message>
        <source>Yes, restore it</source>
        <translation>Yes, restore it</translation>
    </message>
    <message>
        <source>No, keep the data as it is</source>
        <translation>No, keep the data as it is</translation>
    </message>
    <message>
        <source>Backup made and checked: {learners} learners.</source>
        <translation>Backup made and checked: {learners} learners.</translation>
    </message>
    <message>
        <source>Copied to the USB stick as {name}. It can be removed now.</source>
        <translation>Copied to the USB stick as {name}. It can be removed now.</translation>
    </message>
    <message>
        <source>This file is not a whole backup of this app; nothing was restored.</source>
        <translation>This file is not a whole backup of this app; nothing was restored.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Restore the backup of {when}? The data on this computer now is kept aside in the “kept” folder, not deleted. Lessons done after {when} will not show. The app closes its data for a moment and opens again.</source>
        <translation>Restore the backup of {when}? The data on this computer now is kept aside in the “kept” folder, not deleted. Lessons done after {when} will not show. The app closes its data for a moment and opens again.</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>‹  Certificates</source>
        <translation>‹  Certificates</translation>
    </message>
    <message>
        <source>Back to the certificates owed</source>
        <translation>Back to the certificates owed</translation>
    </message>
    <message>
        <source>Save certificates for {count} people</source>
        <translation>Save certificates for {count} people</translation>
    </message>
    <message>
        <source>{scope}: each person gets one PDF in the folder you choose, with your name as the volunteer.</source>
        <translation>{scope}: each person gets one PDF in the folder you choose, with your name as the volunteer.</translation>
    </message>
    <message>
        <source>Who gets a certificate</source>
        <translation>Who gets a certificate</translation>
    </message>
    <message>
        <source>Certificates saved so far</source>
        <translation>Certificates saved so far</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop after the certificate being saved now</source>
        <translation>Stop after the certificate being saved now</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Choose a folder and start…</source>
        <translation>Choose a folder and start…</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Folder for the certificates</translation>
    </message>
    <message>
        <source>Saving… 0 of {total}</source>
        <translation>Saving… 0 of {total}</translation>
    </message>
    <message>
        <source>Stopping after the certificate being saved now…</source>
        <translation>Stopping after the certificate being saved now…</translation>
    </message>
    <message>
        <source>Saving… {done} of {total}</source>
        <translation>Saving… {done} of {total}</translation>
    </message>
    <message>
        <source>Saved {count} certificates in {folder}.</source>
        <translation>Saved {count} certificates in {folder}.</translation>
    </message>
    <message>
        <source>Stopped before the end, as asked; the others were not saved.</source>
        <translation>Stopped before the end, as asked; the others were not saved.</translation>
    </message>
    <message>
        <source>{count} people were skipped (not eligible any more).</source>
        <translation>{count} people were skipped (not eligible any more).</translation>
    </message>
    <message>
        <source>It stopped because of a problem: {reason}</source>
        <translation>It stopped because of a problem: {reason}</translation>
    </message>
    <message>
        <source>The certificates could not be saved: {reason}</source>
        <translation>The certificates could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Please wait…</source>
        <translation>Please wait…</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <source>Camera picture</source>
        <translation>Camera picture</translation>
    </message>
    <message>
        <source>Try the camera again</source>
        <translation>Try the camera again</translation>
    </message>
    <message>
        <source>Try to start the camera again</source>
        <translation>Try to start the camera again</translation>
    </message>
    <message>
        <source>Looking for a camera…</source>
        <translation>Looking for a camera…</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <source>This computer does not let the app use the camera. A volunteer can allow it in the computer's privacy settings.</source>
        <translation>This computer does not let the app use the camera. A volunteer can allow it in the computer's privacy settings.</translation>
    </message>
    <message>
        <source>This computer has no camera.</source>
        <translation>This computer has no camera.</translation>
    </message>
    <message>
        <source>The camera could not start. Another program may be using it, or it was unplugged. Close that program or plug the camera in, then try again.</source>
        <translation>The camera could not start. Another program may be using it, or it was unplugged. Close that program or plug the camera in, then try again.</translation>
    </message>
</context>
<context>
    <name>CardCodeScreen</name>
    <message>
        <source>Open with a learner card</source>
        <translation>Open with a learner card</translation>
    </message>
    <message>
        <source>‹  Back</source>
        <translation>‹  Back</translation>
    </message>
    <message>
        <source>Back to the screen before</source>
        <translation>Back to the screen before</translation>
    </message>
    <message>
        <source>Type the code printed on your learner card, under your name. It has 10 letters and digits.</source>
        <translation>Type the code printed on your learner card, under your name. It has 10 letters and digits.</translation>
    </message>
    <message>
        <source>Code on the learner card</source>
        <translation>Code on the learner card</translation>
    </message>
    <message>
        <source>Code on the card</source>
        <translation>Code on the card</translation>
    </message>
    <message>
        <source>Hold the card up to the camera, with its QR code inside the square.</source>
        <translation>Hold the card up to the camera, with its QR code inside the square.</translation>
    </message>
    <message>
        <source>Type the code printed on the card instead.</source>
        <translation>Type the code printed on the card instead.</translation>
    </message>
    <message>
        <source>Show your card</source>
        <translation>Show your card</translation>
    </message>
    <message>
        <source>Or type the code</source>
        <translation>Or type the code</translation>
    </message>
    <message>
        <source>Open my lessons  ›</source>
        <translation>Open my lessons  ›</translation>
    </message>
    <message>
        <source>That is not a card code. Check the 10 letters and digits and type them again.</source>
        <translation>That is not a card code. Check the 10 letters and digits and type them again.</translation>
    </message>
    <message>
        <source>This QR code is not a learner card. Show the card with your name on it.</source>
        <translation>This QR code is not a learner card. Show the card with your name on it.</translation>
    </message>
    <message>
        <source>Nobody on this computer has that code. Check it, or ask a volunteer.</source>
        <translation>Nobody on this computer has that code. Check it, or ask a volunteer.</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Learner cards</source>
        <translation>Learner cards</translation>
    </message>
    <message>
        <source>Tick the people who need a card. Eight cards fit one A4 page; cut along the dotted lines.</source>
        <translation>Tick the people who need a card. Eight cards fit one A4 page; cut along the dotted lines.</translation>
    </message>
    <message>
        <source>Tick the people of a session</source>
        <translation>Tick the people of a session</translation>
    </message>
    <message>
        <source>Choose a session…</source>
        <translation>Choose a session…</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Learners to print cards for</source>
        <translation>Learners to print cards for</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Show the explanation and the choice of a session</source>
        <translation>Show the explanation and the choice of a session</translation>
    </message>
    <message>
        <source>Hide the explanation and the choice of a session</source>
        <translation>Hide the explanation and the choice of a session</translation>
    </message>
    <message>
        <source>The explanation and the choice of a session are shown.</source>
        <translation>The explanation and the choice of a session are shown.</translation>
    </message>
    <message>
        <source>The explanation and the choice of a session are hidden.</source>
        <translation>The explanation and the choice of a session are hidden.</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Open the PDF</translation>
    </message>
    <message>
        <source>Open the saved sheet of cards to print it</source>
        <translation>Open the saved sheet of cards to print it</translation>
    </message>
    <message>
        <source>Ticked the {count} people at this session.</source>
        <translation>Ticked the {count} people at this session.</translation>
    </message>
    <message>
        <source>Save cards for {count} people</source>
        <translation>Save cards for {count} people</translation>
    </message>
    <message>
        <source>Save the learner cards</source>
        <translation>Save the learner cards</translation>
    </message>
    <message>
        <source>learner-cards.pdf</source>
        <translation>learner-cards.pdf</translation>
    </message>
    <message>
        <source>The cards could not be saved: {reason}</source>
        <translation>The cards could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Saved {count} cards in {path}. Open it and print it on A4 paper.</source>
        <translation>Saved {count} cards in {path}. Open it and print it on A4 paper.</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <source>Lessons for {name}</source>
        <translation>Lessons for {name}</translation>
    </message>
    <message>
        <source>‹  Change learner</source>
        <translation>‹  Change learner</translation>
    </message>
    <message>
        <source>Change learner: back to “Who is learning?”</source>
        <translation>Change learner: back to “Who is learning?”</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings: text size, contrast, language</source>
        <translation>Settings: text size, contrast, language</translation>
    </message>
    <message>
        <source>Getting the lessons ready…</source>
        <translation>Getting the lessons ready…</translation>
    </message>
    <message>
        <source>The lessons could not be loaded ({error}). Please ask a volunteer.</source>
        <translation>The lessons could not be loaded ({error}). Please ask a volunteer.</translation>
    </message>
    <message>
        <source>There are no lessons on this computer yet. Please ask a volunteer.</source>
        <translation>There are no lessons on this computer yet. Please ask a volunteer.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Continue:</source>
        <translation>Continue:</translation>
    </message>
    <message>
        <source>Start here:</source>
        <translation>Start here:</translation>
    </message>
    <message>
        <source>Next lesson:</source>
        <translation>Next lesson:</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>done ✓</source>
        <translation>done ✓</translation>
    </message>
    <message>
        <source>step {done}/{total}</source>
        <translation>step {done}/{total}</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>‹  Back to {name}</source>
        <translation>‹  Back to {name}</translation>
    </message>
    <message>
        <source>‹  Certificates</source>
        <translation>‹  Certificates</translation>
    </message>
    <message>
        <source>Back to the screen before</source>
        <translation>Back to the screen before</translation>
    </message>
    <message>
        <source>Certificates of {name}</source>
        <translation>Certificates of {name}</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Open the PDF</translation>
    </message>
    <message>
        <source>Open the certificate just saved</source>
        <translation>Open the certificate just saved</translation>
    </message>
    <message>
        <source>Areas and courses</source>
        <translation>Areas and courses</translation>
    </message>
    <message>
        <source>Certificates received</source>
        <translation>Certificates received</translation>
    </message>
    <message>
        <source>{date}: {what}, given by {volunteer} (number {id})</source>
        <translation>{date}: {what}, given by {volunteer} (number {id})</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Certificate given on {date} (number {id}).</source>
        <translation>Certificate given on {date} (number {id}).</translation>
    </message>
    <message>
        <source>Earned: every lesson is finished.</source>
        <translation>Earned: every lesson is finished.</translation>
    </message>
    <message>
        <source>Still to finish ({count}): {lessons}</source>
        <translation>Still to finish ({count}): {lessons}</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Save the certificate for {what} again, to print it</source>
        <translation>Save the certificate for {what} again, to print it</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Save certificate</translation>
    </message>
    <message>
        <source>Save the certificate for {what}</source>
        <translation>Save the certificate for {what}</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Save the certificate</translation>
    </message>
    <message>
        <source>The certificate could not be saved: {reason}</source>
        <translation>The certificate could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Saved the certificate in {path}. Open it to print it.</source>
        <translation>Saved the certificate in {path}. Open it to print it.</translation>
    </message>
    <message>
        <source>Save the certificate again</source>
        <translation>Save the certificate again</translation>
    </message>
    <message>
        <source>Saved certificate {id} again in {path}. Open it to print it.</source>
        <translation>Saved certificate {id} again in {path}. Open it to print it.</translation>
    </message>
</context>
<context>
    <name>CityBanner</name>
    <message>
        <source>City store open: {address}</source>
        <translation>City store open: {address}</translation>
    </message>
    <message>
        <source>Back to this computer's data</source>
        <translation>Back to this computer's data</translation>
    </message>
    <message>
        <source>Close the city store and open this computer's own data</source>
        <translation>Close the city store and open this computer's own data</translation>
    </message>
</context>
<context>
    <name>CityHome</name>
    <message>
        <source>City store – {name}</source>
        <translation>City store – {name}</translation>
    </message>
    <message>
        <source>‹  Sign out</source>
        <translation>‹  Sign out</translation>
    </message>
    <message>
        <source>Sign out of the city store's tools</source>
        <translation>Sign out of the city store's tools</translation>
    </message>
    <message>
        <source>These tools work on the city's records. Learners, lessons, teaching sessions, certificates and backups stay on each ward's computer; the city store's backups are made by the city's IT staff.</source>
        <translation>These tools work on the city's records. Learners, lessons, teaching sessions, certificates and backups stay on each ward's computer; the city store's backups are made by the city's IT staff.</translation>
    </message>
    <message>
        <source>The city store's tools</source>
        <translation>The city store's tools</translation>
    </message>
    <message>
        <source>Settings and city store</source>
        <translation>Settings and city store</translation>
    </message>
    <message>
        <source>Your text size and colours, and the city store's address</source>
        <translation>Your text size and colours, and the city store's address</translation>
    </message>
</context>
<context>
    <name>CityStore</name>
    <message>
        <source>Password of the city store</source>
        <translation>Password of the city store</translation>
    </message>
    <message>
        <source>Password for {address}</source>
        <translation>Password for {address}</translation>
    </message>
    <message>
        <source>Open the city store</source>
        <translation>Open the city store</translation>
    </message>
    <message>
        <source>Open the city store with this password</source>
        <translation>Open the city store with this password</translation>
    </message>
    <message>
        <source>This computer's own data</source>
        <translation>This computer's own data</translation>
    </message>
    <message>
        <source>The city store</source>
        <translation>The city store</translation>
    </message>
    <message>
        <source>Opening the city store {address}…</source>
        <translation>Opening the city store {address}…</translation>
    </message>
    <message>
        <source>A server that does not answer is given up after 15 seconds.</source>
        <translation>A server that does not answer is given up after 15 seconds.</translation>
    </message>
    <message>
        <source>Stop waiting; open this computer's own data</source>
        <translation>Stop waiting; open this computer's own data</translation>
    </message>
    <message>
        <source>Do not open the city store; open this computer's own data</source>
        <translation>Do not open the city store; open this computer's own data</translation>
    </message>
    <message>
        <source>The city store cannot be opened</source>
        <translation>The city store cannot be opened</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Try to open the city store again</source>
        <translation>Try to open the city store again</translation>
    </message>
    <message>
        <source>Open this computer's own data</source>
        <translation>Open this computer's own data</translation>
    </message>
</context>
<context>
    <name>CityStorePanel</name>
    <message>
        <source>City store (for coordinators)</source>
        <translation>City store (for coordinators)</translation>
    </message>
    <message>
        <source>The city's records on a PostgreSQL server, set up by the city's IT staff. The password is never saved on this computer: the app asks for it each time it opens the city store.</source>
        <translation>The city's records on a PostgreSQL server, set up by the city's IT staff. The password is never saved on this computer: the app asks for it each time it opens the city store.</translation>
    </message>
    <message>
        <source>Address of the city store</source>
        <translation>Address of the city store</translation>
    </message>
    <message>
        <source>Password, for the test only (never saved)</source>
        <translation>Password, for the test only (never saved)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Password (test only)</source>
        <translation>Password (test only)</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <source>Test the connection to the city store</source>
        <translation>Test the connection to the city store</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the address: the app opens the city store at every start</source>
        <translation>Save the address: the app opens the city store at every start</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Forget</translation>
    </message>
    <message>
        <source>Forget the address: the app opens this computer's own data</source>
        <translation>Forget the address: the app opens this computer's own data</translation>
    </message>
    <message>
        <source>Back to this computer's data</source>
        <translation>Back to this computer's data</translation>
    </message>
    <message>
        <source>Open the city store now</source>
        <translation>Open the city store now</translation>
    </message>
    <message>
        <source>Answer of the city store</source>
        <translation>Answer of the city store</translation>
    </message>
    <message>
        <source>Open now: the city store {address}.</source>
        <translation>Open now: the city store {address}.</translation>
    </message>
    <message>
        <source>Open now: this computer's own data.</source>
        <translation>Open now: this computer's own data.</translation>
    </message>
    <message>
        <source>At every start the app opens the city store {address}.</source>
        <translation>At every start the app opens the city store {address}.</translation>
    </message>
    <message>
        <source>At every start the app opens this computer's own data.</source>
        <translation>At every start the app opens this computer's own data.</translation>
    </message>
    <message>
        <source>Testing the connection to the city store…</source>
        <translation>Testing the connection to the city store…</translation>
    </message>
    <message>
        <source>The test could not be run ({problem}).</source>
        <translation>The test could not be run ({problem}).</translation>
    </message>
    <message>
        <source>Saved. From the next start the app opens the city store {address} and asks for its password.</source>
        <translation>Saved. From the next start the app opens the city store {address} and asks for its password.</translation>
    </message>
    <message>
        <source>The password typed in the address was taken out: it is never saved.</source>
        <translation>The password typed in the address was taken out: it is never saved.</translation>
    </message>
    <message>
        <source>Forgotten. From the next start the app opens this computer's own data.</source>
        <translation>Forgotten. From the next start the app opens this computer's own data.</translation>
    </message>
</context>
<context>
    <name>CityWindow</name>
    <message>
        <source>Digital literacy trainer – city store</source>
        <translation>Digital literacy trainer – city store</translation>
    </message>
    <message>
        <source>City store: a coordinator's PIN</source>
        <translation>City store: a coordinator's PIN</translation>
    </message>
    <message>
        <source>‹  This computer's data</source>
        <translation>‹  This computer's data</translation>
    </message>
    <message>
        <source>Close the city store and open this computer's own data</source>
        <translation>Close the city store and open this computer's own data</translation>
    </message>
    <message>
        <source>Only a coordinator can open the city store. {name} is a volunteer on this computer.</source>
        <translation>Only a coordinator can open the city store. {name} is a volunteer on this computer.</translation>
    </message>
    <message>
        <source>‹  City store</source>
        <translation>‹  City store</translation>
    </message>
    <message>
        <source>Back to the city store's tools</source>
        <translation>Back to the city store's tools</translation>
    </message>
    <message>
        <source>The city store does not answer</source>
        <translation>The city store does not answer</translation>
    </message>
    <message>
        <source>The city store refused the work</source>
        <translation>The city store refused the work</translation>
    </message>
</context>
<context>
    <name>CompletionScreen</name>
    <message>
        <source>Well done, {name}!</source>
        <translation>Well done, {name}!</translation>
    </message>
    <message>
        <source>You have finished the lesson “{title}”.</source>
        <translation>You have finished the lesson “{title}”.</translation>
    </message>
    <message>
        <source>What you learned</source>
        <translation>What you learned</translation>
    </message>
    <message>
        <source>What to practise next</source>
        <translation>What to practise next</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Would you like a certificate? Please ask a volunteer to help you.</source>
        <translation>Would you like a certificate? Please ask a volunteer to help you.</translation>
    </message>
    <message>
        <source>Lesson finished</source>
        <translation>Lesson finished</translation>
    </message>
    <message>
        <source>Back to my lessons  ›</source>
        <translation>Back to my lessons  ›</translation>
    </message>
    <message>
        <source>Back to my lessons</source>
        <translation>Back to my lessons</translation>
    </message>
</context>
<context>
    <name>ComputerActions</name>
    <message>
        <source>Rename the chosen computer…</source>
        <translation>Rename the chosen computer…</translation>
    </message>
    <message>
        <source>Forget the chosen computer…</source>
        <translation>Forget the chosen computer…</translation>
    </message>
    <message>
        <source>Yes, forget it</source>
        <translation>Yes, forget it</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>New name for the chosen computer</source>
        <translation>New name for the chosen computer</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>Save the name</translation>
    </message>
    <message>
        <source>A name of your own for {name}, shown on this computer only (the name the computer gives itself stays in its files). Leave it empty to show its own name again.</source>
        <translation>A name of your own for {name}, shown on this computer only (the name the computer gives itself stays in its files). Leave it empty to show its own name again.</translation>
    </message>
    <message>
        <source>Forget {name}? It leaves this list on this computer only. Its records already imported stay counted in the reports. If a sync file from it arrives later, the records it made after today are kept apart and not counted. This cannot be undone. To stop a lost or stolen computer everywhere, retire it instead.</source>
        <translation>Forget {name}? It leaves this list on this computer only. Its records already imported stay counted in the reports. If a sync file from it arrives later, the records it made after today are kept apart and not counted. This cannot be undone. To stop a lost or stolen computer everywhere, retire it instead.</translation>
    </message>
    <message>
        <source>The computer is now shown as {name}.</source>
        <translation>The computer is now shown as {name}.</translation>
    </message>
    <message>
        <source>{name} is forgotten on this computer. Its {count} record(s) already imported stay counted.</source>
        <translation>{name} is forgotten on this computer. Its {count} record(s) already imported stay counted.</translation>
    </message>
</context>
<context>
    <name>CoordinatorTools</name>
    <message>
        <source>Write a sync file to a USB stick</source>
        <translation>Write a sync file to a USB stick</translation>
    </message>
    <message>
        <source>Import sync files</source>
        <translation>Import sync files</translation>
    </message>
    <message>
        <source>Reports for the city</source>
        <translation>Reports for the city</translation>
    </message>
    <message>
        <source>Known computers and this computer’s key</source>
        <translation>Known computers and this computer’s key</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong. The learner’s lessons are saved.</source>
        <translation>Something went wrong. The learner’s lessons are saved.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>The app is back at the start. Details for support: {log}</source>
        <translation>The app is back at the start. Details for support: {log}</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>DamageScreen</name>
    <message>
        <source>The learners’ data cannot be opened</source>
        <translation>The learners’ data cannot be opened</translation>
    </message>
    <message>
        <source>Nothing was deleted, and the app did not start over with empty data.</source>
        <translation>Nothing was deleted, and the app did not start over with empty data.</translation>
    </message>
    <message>
        <source>If you are not sure, ask the volunteer or whoever helps with this computer.</source>
        <translation>If you are not sure, ask the volunteer or whoever helps with this computer.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>The file that holds the learners and their lessons is gone from this computer (deleted, or the computer was cleaned up).</source>
        <translation>The file that holds the learners and their lessons is gone from this computer (deleted, or the computer was cleaned up).</translation>
    </message>
    <message>
        <source>The file that holds the learners and their lessons is empty. A power cut or a disk fault can do this.</source>
        <translation>The file that holds the learners and their lessons is empty. A power cut or a disk fault can do this.</translation>
    </message>
    <message>
        <source>The file that holds the learners and their lessons is damaged. A power cut or a disk fault can do this.</source>
        <translation>The file that holds the learners and their lessons is damaged. A power cut or a disk fault can do this.</translation>
    </message>
    <message>
        <source>There is no backup on this computer. You can start with empty data; the damaged file is kept aside for whoever helps.</source>
        <translation>There is no backup on this computer. You can start with empty data; the damaged file is kept aside for whoever helps.</translation>
    </message>
    <message>
        <source>The newest good backup is from {date} at {time}, with {learners} learners. Lessons done after that time are not in it.</source>
        <translation>The newest good backup is from {date} at {time}, with {learners} learners. Lessons done after that time are not in it.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <source>Restore the backup of {date}</source>
        <translation>Restore the backup of {date}</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>Choose another backup…</translation>
    </message>
    <message>
        <source>Start with empty data…</source>
        <translation>Start with empty data…</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Close the app</translation>
    </message>
    <message>
        <source>Start with empty data? The learners and lessons in the damaged file will not show in the app. The file stays in the “kept” folder.</source>
        <translation>Start with empty data? The learners and lessons in the damaged file will not show in the app. The file stays in the “kept” folder.</translation>
    </message>
    <message>
        <source>Yes, start with empty data</source>
        <translation>Yes, start with empty data</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>No, go back</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
</context>
<context>
    <name>DevicesScreen</name>
    <message>
        <source>Known computers</source>
        <translation>Known computers</translation>
    </message>
    <message>
        <source>This computer: {who}</source>
        <translation>This computer: {who}</translation>
    </message>
    <message>
        <source>Give volunteers this computer’s public key file (on a USB stick): they choose it once, and the sync files they write are sealed so that only this computer can open them.</source>
        <translation>Give volunteers this computer’s public key file (on a USB stick): they choose it once, and the sync files they write are sealed so that only this computer can open them.</translation>
    </message>
    <message>
        <source>Save this computer’s public key…</source>
        <translation>Save this computer’s public key…</translation>
    </message>
    <message>
        <source>Save this computer’s public key to a file</source>
        <translation>Save this computer’s public key to a file</translation>
    </message>
    <message>
        <source>Computers whose sync files were imported here</source>
        <translation>Computers whose sync files were imported here</translation>
    </message>
    <message>
        <source>No sync file from another computer has been imported here yet.</source>
        <translation>No sync file from another computer has been imported here yet.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the details above the list</source>
        <translation>Show the details above the list</translation>
    </message>
    <message>
        <source>Hide the details above the list</source>
        <translation>Hide the details above the list</translation>
    </message>
    <message>
        <source>The details are shown.</source>
        <translation>The details are shown.</translation>
    </message>
    <message>
        <source>The details are hidden.</source>
        <translation>The details are hidden.</translation>
    </message>
    <message>
        <source>Sync files imported here</source>
        <translation>Sync files imported here</translation>
    </message>
    <message>
        <source>No sync file for {days} days or more from: {names}.</source>
        <translation>No sync file for {days} days or more from: {names}.</translation>
    </message>
    <message>
        <source>Every computer in use sent a sync file in the last {days} days.</source>
        <translation>Every computer in use sent a sync file in the last {days} days.</translation>
    </message>
    <message>
        <source>coordinator-key-{name}</source>
        <translation>coordinator-key-{name}</translation>
    </message>
    <message>
        <source>Saved: {path}. Give this file to the volunteers; it holds no learner data and no secret.</source>
        <translation>Saved: {path}. Give this file to the volunteers; it holds no learner data and no secret.</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>Save the public key</translation>
    </message>
    <message>
        <source>Key files (*.dlkey)</source>
        <translation>Key files (*.dlkey)</translation>
    </message>
</context>
<context>
    <name>DrivePicker</name>
    <message>
        <source>No USB stick found yet. Plug one in: it appears here by itself.</source>
        <translation>No USB stick found yet. Plug one in: it appears here by itself.</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <source>Choose another folder on this computer</source>
        <translation>Choose another folder on this computer</translation>
    </message>
    <message>
        <source>USB stick: {name}</source>
        <translation>USB stick: {name}</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>{free} free</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>read only</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choose a folder</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Why they look alike</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Same name, same year of birth</source>
        <translation>Same name, same year of birth</translation>
    </message>
    <message>
        <source>Same name apart from accents or capitals, same year of birth</source>
        <translation>Same name apart from accents or capitals, same year of birth</translation>
    </message>
    <message>
        <source>Same name, neither has a year of birth</source>
        <translation>Same name, neither has a year of birth</translation>
    </message>
    <message>
        <source>Same name apart from accents or capitals, neither has a year of birth</source>
        <translation>Same name apart from accents or capitals, neither has a year of birth</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>‹  All learners</source>
        <translation>‹  All learners</translation>
    </message>
    <message>
        <source>Back to the list of learners</source>
        <translation>Back to the list of learners</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>These records have the same name (ignoring accents and capitals) and the same year of birth. If they are one person, choose the row, then the record to keep, and join them: all the progress of every record is kept.</source>
        <translation>These records have the same name (ignoring accents and capitals) and the same year of birth. If they are one person, choose the row, then the record to keep, and join them: all the progress of every record is kept.</translation>
    </message>
    <message>
        <source>Joined: everything is now on the record of {record}.</source>
        <translation>Joined: everything is now on the record of {record}.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo this join: the records stand apart again</source>
        <translation>Undo this join: the records stand apart again</translation>
    </message>
    <message>
        <source>Join undone: {records} stand apart again.</source>
        <translation>Join undone: {records} stand apart again.</translation>
    </message>
    <message>
        <source>No likely duplicates. Every name and year of birth is different.</source>
        <translation>No likely duplicates. Every name and year of birth is different.</translation>
    </message>
    <message>
        <source>Keep: {record}</source>
        <translation>Keep: {record}</translation>
    </message>
    <message>
        <source>Join into the chosen record</source>
        <translation>Join into the chosen record</translation>
    </message>
    <message>
        <source>Join the records of {name} into the chosen one</source>
        <translation>Join the records of {name} into the chosen one</translation>
    </message>
    <message>
        <source>Do not join</source>
        <translation>Do not join</translation>
    </message>
    <message>
        <source>Yes, join them</source>
        <translation>Yes, join them</translation>
    </message>
    <message>
        <source>Keep which record of {name}?</source>
        <translation>Keep which record of {name}?</translation>
    </message>
    <message>
        <source>Keep {keep} and join into it: {others}? Their lessons, steps and certificates move to the kept record, and the others no longer appear anywhere, on this computer or, through sync files, on the others.</source>
        <translation>Keep {keep} and join into it: {others}? Their lessons, steps and certificates move to the kept record, and the others no longer appear anywhere, on this computer or, through sync files, on the others.</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>year unknown</translation>
    </message>
    <message>
        <source>no ward</source>
        <translation>no ward</translation>
    </message>
    <message>
        <source>{count} steps done</source>
        <translation>{count} steps done</translation>
    </message>
    <message>
        <source>added {date}</source>
        <translation>added {date}</translation>
    </message>
</context>
<context>
    <name>ErasePage</name>
    <message>
        <source>‹  Keep and go back</source>
        <translation>‹  Keep and go back</translation>
    </message>
    <message>
        <source>Do not erase: back to this learner</source>
        <translation>Do not erase: back to this learner</translation>
    </message>
    <message>
        <source>Erase {name}?</source>
        <translation>Erase {name}?</translation>
    </message>
    <message>
        <source>Erasing removes {name}'s name, year of birth and all their progress from this computer.</source>
        <translation>Erasing removes {name}'s name, year of birth and all their progress from this computer.</translation>
    </message>
    <message>
        <source>The erasure goes out with the next sync file, so the other computers and the coordinator erase them too.</source>
        <translation>The erasure goes out with the next sync file, so the other computers and the coordinator erase them too.</translation>
    </message>
    <message>
        <source>It stays erased even if this record is later joined with another record of the same person, or an older sync file brings it back.</source>
        <translation>It stays erased even if this record is later joined with another record of the same person, or an older sync file brings it back.</translation>
    </message>
    <message>
        <source>This cannot be undone. Certificates already printed stay valid on paper.</source>
        <translation>This cannot be undone. Certificates already printed stay valid on paper.</translation>
    </message>
    <message>
        <source>What erasing means</source>
        <translation>What erasing means</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>Keep {name}</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <source>Erase {name} for good</source>
        <translation>Erase {name} for good</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <source>Step text</source>
        <translation>Step text</translation>
    </message>
</context>
<context>
    <name>ExportScreen</name>
    <message>
        <source>Write a sync file</source>
        <translation>Write a sync file</translation>
    </message>
    <message>
        <source>Plug the USB stick in, then press its name. The file holds all the learning recorded on this computer, signed by it, for the coordinator.</source>
        <translation>Plug the USB stick in, then press its name. The file holds all the learning recorded on this computer, signed by it, for the coordinator.</translation>
    </message>
    <message>
        <source>Done  ›</source>
        <translation>Done  ›</translation>
    </message>
    <message>
        <source>Done: back to the volunteer tools</source>
        <translation>Done: back to the volunteer tools</translation>
    </message>
    <message>
        <source>Seal for the coordinator</source>
        <translation>Seal for the coordinator</translation>
    </message>
    <message>
        <source>Seal the file for the coordinator</source>
        <translation>Seal the file for the coordinator</translation>
    </message>
    <message>
        <source>Choose the coordinator’s key file…</source>
        <translation>Choose the coordinator’s key file…</translation>
    </message>
    <message>
        <source>Choose the coordinator’s key file</source>
        <translation>Choose the coordinator’s key file</translation>
    </message>
    <message>
        <source>Seal for the coordinator ({who})</source>
        <translation>Seal for the coordinator ({who})</translation>
    </message>
    <message>
        <source>Sealed, the file can only be opened on the coordinator’s computer: a lost stick shows nobody’s name.</source>
        <translation>Sealed, the file can only be opened on the coordinator’s computer: a lost stick shows nobody’s name.</translation>
    </message>
    <message>
        <source>The coordinator’s key file cannot be read any more ({path}). Choose it again to seal files.</source>
        <translation>The coordinator’s key file cannot be read any more ({path}). Choose it again to seal files.</translation>
    </message>
    <message>
        <source>To seal files for the coordinator, choose the key file they gave you, once.</source>
        <translation>To seal files for the coordinator, choose the key file they gave you, once.</translation>
    </message>
    <message>
        <source>Choose another key file…</source>
        <translation>Choose another key file…</translation>
    </message>
    <message>
        <source>The coordinator’s key file</source>
        <translation>The coordinator’s key file</translation>
    </message>
    <message>
        <source>Key files (*.dlkey *.json);;All files (*)</source>
        <translation>Key files (*.dlkey *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Writing the sync file and checking it…</source>
        <translation>Writing the sync file and checking it…</translation>
    </message>
    <message>
        <source>Writing the sync file</source>
        <translation>Writing the sync file</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop writing the sync file</source>
        <translation>Stop writing the sync file</translation>
    </message>
    <message>
        <source>Done. The file {name} ({size}, {events} records) was written, read back and checked: it is good. You can remove the USB stick now.</source>
        <translation>Done. The file {name} ({size}, {events} records) was written, read back and checked: it is good. You can remove the USB stick now.</translation>
    </message>
    <message>
        <source>It is sealed: only the coordinator’s computer can open it.</source>
        <translation>It is sealed: only the coordinator’s computer can open it.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Excel spreadsheet (*.xlsx)</source>
        <translation>Excel spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Excel or CSV spreadsheets (*.xlsx *.csv)</source>
        <translation>Excel or CSV spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>Backups (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>FirstStartScreen</name>
    <message>
        <source>Setting up this computer</source>
        <translation>Setting up this computer</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Step {number} of {count}</translation>
    </message>
    <message>
        <source>‹  Back</source>
        <translation>‹  Back</translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation>Back to the previous question</translation>
    </message>
    <message>
        <source>Finish and start  ›</source>
        <translation>Finish and start  ›</translation>
    </message>
    <message>
        <source>Next  ›</source>
        <translation>Next  ›</translation>
    </message>
    <message>
        <source>Which language should this computer speak?</source>
        <translation>Which language should this computer speak?</translation>
    </message>
    <message>
        <source>Each learner can still choose their own language later.</source>
        <translation>Each learner can still choose their own language later.</translation>
    </message>
    <message>
        <source>Which ward or commune is this computer in?</source>
        <translation>Which ward or commune is this computer in?</translation>
    </message>
    <message>
        <source>New learners are registered in this ward, and reports count them there.</source>
        <translation>New learners are registered in this ward, and reports count them there.</translation>
    </message>
    <message>
        <source>Ward or commune</source>
        <translation>Ward or commune</translation>
    </message>
    <message>
        <source>For example: Phường Kim Mã</source>
        <translation>For example: Phường Kim Mã</translation>
    </message>
    <message>
        <source>What should this computer be called?</source>
        <translation>What should this computer be called?</translation>
    </message>
    <message>
        <source>The coordinator sees this name when sync files from several computers come together.</source>
        <translation>The coordinator sees this name when sync files from several computers come together.</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>Name of this computer</translation>
    </message>
    <message>
        <source>For example: Máy 1 – Nhà văn hoá tổ 5</source>
        <translation>For example: Máy 1 – Nhà văn hoá tổ 5</translation>
    </message>
    <message>
        <source>Who is the first volunteer?</source>
        <translation>Who is the first volunteer?</translation>
    </message>
    <message>
        <source>This name is written on teaching sessions and certificates.</source>
        <translation>This name is written on teaching sessions and certificates.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>For example: Trần Thu Hà</source>
        <translation>For example: Trần Thu Hà</translation>
    </message>
    <message>
        <source>What do you do here?</source>
        <translation>What do you do here?</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Adds other volunteers, brings sync files together and makes reports. Choose this if you set the computer up.</source>
        <translation>Adds other volunteers, brings sync files together and makes reports. Choose this if you set the computer up.</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Teaches, records sessions and gives certificates.</source>
        <translation>Teaches, records sessions and gives certificates.</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 8 digits</source>
        <translation>Choose a PIN of 4 to 8 digits</translation>
    </message>
    <message>
        <source>You type it to open the volunteer tools. Learners do not need it; keep it to yourself.</source>
        <translation>You type it to open the volunteer tools. Learners do not need it; keep it to yourself.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation>Type the same PIN again</translation>
    </message>
    <message>
        <source>So that a typing slip does not lock you out.</source>
        <translation>So that a typing slip does not lock you out.</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>The PIN again</translation>
    </message>
    <message>
        <source>Is everything right?</source>
        <translation>Is everything right?</translation>
    </message>
    <message>
        <source>Press “Back” to change an answer.</source>
        <translation>Press “Back” to change an answer.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>First volunteer</source>
        <translation>First volunteer</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN from the page before again.</source>
        <translation>The two PINs are not the same. Type the PIN from the page before again.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits, for example 2468.</source>
        <translation>A PIN is 4 to 8 digits, for example 2468.</translation>
    </message>
    <message>
        <source>Please type the ward or commune.</source>
        <translation>Please type the ward or commune.</translation>
    </message>
    <message>
        <source>Please give this computer a name.</source>
        <translation>Please give this computer a name.</translation>
    </message>
    <message>
        <source>Please type your name.</source>
        <translation>Please type your name.</translation>
    </message>
    <message>
        <source>This is too long. Please keep it shorter.</source>
        <translation>This is too long. Please keep it shorter.</translation>
    </message>
    <message>
        <source>This could not be saved: {reason}</source>
        <translation>This could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>Fold</name>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Show the explanation</source>
        <translation>Show the explanation</translation>
    </message>
    <message>
        <source>Hide the explanation</source>
        <translation>Hide the explanation</translation>
    </message>
    <message>
        <source>The explanation is shown.</source>
        <translation>The explanation is shown.</translation>
    </message>
    <message>
        <source>The explanation is hidden.</source>
        <translation>The explanation is hidden.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Show the filters</source>
        <translation>Show the filters</translation>
    </message>
    <message>
        <source>Hide the filters</source>
        <translation>Hide the filters</translation>
    </message>
    <message>
        <source>The filters are shown.</source>
        <translation>The filters are shown.</translation>
    </message>
    <message>
        <source>The filters are hidden.</source>
        <translation>The filters are hidden.</translation>
    </message>
</context>
<context>
    <name>GridFilters</name>
    <message>
        <source>Lessons of which area</source>
        <translation>Lessons of which area</translation>
    </message>
    <message>
        <source>All lessons</source>
        <translation>All lessons</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>All wards</source>
        <translation>All wards</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>Teaching session</source>
        <translation>Teaching session</translation>
    </message>
    <message>
        <source>Any session</source>
        <translation>Any session</translation>
    </message>
    <message>
        <source>Needs help only</source>
        <translation>Needs help only</translation>
    </message>
    <message>
        <source>Only people who need help</source>
        <translation>Only people who need help</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>Lessons:</translation>
    </message>
    <message>
        <source>Ward:</source>
        <translation>Ward:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>“Help”: {mistakes} or more mistakes or {hints} or more hints in a lesson not yet finished, or nothing done for {days} days with a lesson unfinished.</source>
        <translation>“Help”: {mistakes} or more mistakes or {hints} or more hints in a lesson not yet finished, or nothing done for {days} days with a lesson unfinished.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>{date} – {topic} ({count} people)</source>
        <translation>{date} – {topic} ({count} people)</translation>
    </message>
</context>
<context>
    <name>HandoutButtons</name>
    <message>
        <source>The steps of this lesson in large print on A4 paper, to take home and read again.</source>
        <translation>The steps of this lesson in large print on A4 paper, to take home and read again.</translation>
    </message>
    <message>
        <source>Save as a PDF file</source>
        <translation>Save as a PDF file</translation>
    </message>
    <message>
        <source>Save the take-home handout as a PDF file</source>
        <translation>Save the take-home handout as a PDF file</translation>
    </message>
    <message>
        <source>handout-{lesson}.pdf</source>
        <translation>handout-{lesson}.pdf</translation>
    </message>
    <message>
        <source>Save the take-home handout</source>
        <translation>Save the take-home handout</translation>
    </message>
    <message>
        <source>Making the handout…</source>
        <translation>Making the handout…</translation>
    </message>
    <message>
        <source>Print the take-home handout</source>
        <translation>Print the take-home handout</translation>
    </message>
    <message>
        <source>The handout went to the printer ({pages} pages).</source>
        <translation>The handout went to the printer ({pages} pages).</translation>
    </message>
    <message>
        <source>The handout could not be printed. Please ask a volunteer.</source>
        <translation>The handout could not be printed. Please ask a volunteer.</translation>
    </message>
    <message>
        <source>The handout is saved in {path}.</source>
        <translation>The handout is saved in {path}.</translation>
    </message>
    <message>
        <source>The handout could not be made: {reason}</source>
        <translation>The handout could not be made: {reason}</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>I am still learning</source>
        <translation>I am still learning</translation>
    </message>
    <message>
        <source>In {seconds} seconds this screen goes back to “Who is learning?”. Your lessons are saved.</source>
        <translation>In {seconds} seconds this screen goes back to “Who is learning?”. Your lessons are saved.</translation>
    </message>
</context>
<context>
    <name>ImportLearnersPage</name>
    <message>
        <source>‹  All learners</source>
        <translation>‹  All learners</translation>
    </message>
    <message>
        <source>Back to the list of learners</source>
        <translation>Back to the list of learners</translation>
    </message>
    <message>
        <source>Add learners from a file</source>
        <translation>Add learners from a file</translation>
    </message>
    <message>
        <source>Choose an Excel (.xlsx) or CSV file. Its first row names the columns: Họ tên (name), Năm sinh (birth year), Nhóm (group), Phường/xã (ward). Nothing is saved before “Add”.</source>
        <translation>Choose an Excel (.xlsx) or CSV file. Its first row names the columns: Họ tên (name), Năm sinh (birth year), Nhóm (group), Phường/xã (ward). Nothing is saved before “Add”.</translation>
    </message>
    <message>
        <source>The rows of the file</source>
        <translation>The rows of the file</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Choose the Excel or CSV file of learners</source>
        <translation>Choose the Excel or CSV file of learners</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Choose the list of learners</source>
        <translation>Choose the list of learners</translation>
    </message>
    <message>
        <source>{file} cannot be used: {reason}</source>
        <translation>{file} cannot be used: {reason}</translation>
    </message>
    <message>
        <source>Also add the {count} already here</source>
        <translation>Also add the {count} already here</translation>
    </message>
    <message>
        <source>Two people can share a name and a year of birth: tick it only if they are other people.</source>
        <translation>Two people can share a name and a year of birth: tick it only if they are other people.</translation>
    </message>
    <message>
        <source>{file}: {good} to add, {bad} rows with a problem, {here} already here.</source>
        <translation>{file}: {good} to add, {bad} rows with a problem, {here} already here.</translation>
    </message>
    <message>
        <source>Add {count} learners</source>
        <translation>Add {count} learners</translation>
    </message>
    <message>
        <source>Nobody was added: {reason}</source>
        <translation>Nobody was added: {reason}</translation>
    </message>
    <message>
        <source>Added {count} learners.</source>
        <translation>Added {count} learners.</translation>
    </message>
    <message>
        <source>Not added: rows {rows}.</source>
        <translation>Not added: rows {rows}.</translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>New records</translation>
    </message>
    <message>
        <source>New learners</source>
        <translation>New learners</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Already here</translation>
    </message>
    <message>
        <source>Imported; {held} records of other computers kept aside, not counted yet (Details)</source>
        <translation>Imported; {held} records of other computers kept aside, not counted yet (Details)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Imported before; nothing new</source>
        <translation>Imported before; nothing new</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>Not imported: {reason}</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>Stopped: {reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Refused: {reason}</translation>
    </message>
    <message>
        <source>{status}: {events} new records, {learners} new learners, {known} already here (from {source})</source>
        <translation>{status}: {events} new records, {learners} new learners, {known} already here (from {source})</translation>
    </message>
    <message>
        <source>For support: {detail}</source>
        <translation>For support: {detail}</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Same person as row {line}: not added twice.</source>
        <translation>Same person as row {line}: not added twice.</translation>
    </message>
    <message>
        <source>Looks like {names}, already on this computer.</source>
        <translation>Looks like {names}, already on this computer.</translation>
    </message>
    <message>
        <source>Ready to add</source>
        <translation>Ready to add</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <source>Import sync files</source>
        <translation>Import sync files</translation>
    </message>
    <message>
        <source>Plug in a USB stick with sync files from the ward computers, then press its name. Every sync file on it is checked, then added; a file that was changed or damaged is refused whole.</source>
        <translation>Plug in a USB stick with sync files from the ward computers, then press its name. Every sync file on it is checked, then added; a file that was changed or damaged is refused whole.</translation>
    </message>
    <message>
        <source>Choose where the sync files are</source>
        <translation>Choose where the sync files are</translation>
    </message>
    <message>
        <source>The file being imported</source>
        <translation>The file being imported</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop importing</source>
        <translation>Stop importing</translation>
    </message>
    <message>
        <source>If you stop, nothing from the file being read is added; files finished before stay added.</source>
        <translation>If you stop, nothing from the file being read is added; files finished before stay added.</translation>
    </message>
    <message>
        <source>What each file brought</source>
        <translation>What each file brought</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details of the chosen file</source>
        <translation>Details of the chosen file</translation>
    </message>
    <message>
        <source>Import another stick</source>
        <translation>Import another stick</translation>
    </message>
    <message>
        <source>Import the sync files of another USB stick</source>
        <translation>Import the sync files of another USB stick</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Show the summary of the import</source>
        <translation>Show the summary of the import</translation>
    </message>
    <message>
        <source>Hide the summary</source>
        <translation>Hide the summary</translation>
    </message>
    <message>
        <source>The summary is shown.</source>
        <translation>The summary is shown.</translation>
    </message>
    <message>
        <source>The summary is hidden.</source>
        <translation>The summary is hidden.</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Import results</translation>
    </message>
    <message>
        <source>Done  ›</source>
        <translation>Done  ›</translation>
    </message>
    <message>
        <source>Done: back to the volunteer tools</source>
        <translation>Done: back to the volunteer tools</translation>
    </message>
    <message>
        <source>Looking for sync files in {folder}…</source>
        <translation>Looking for sync files in {folder}…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Putting the figures together…</source>
        <translation>Putting the figures together…</translation>
    </message>
    <message>
        <source>Every file has been read. Putting the figures together can take a little while after a large import; please wait.</source>
        <translation>Every file has been read. Putting the figures together can take a little while after a large import; please wait.</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Checking {name}</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Importing {name}</translation>
    </message>
    <message>
        <source>File {number} of {count}</source>
        <translation>File {number} of {count}</translation>
    </message>
    <message>
        <source>No sync files (.dlsync) were found in {folder}.</source>
        <translation>No sync files (.dlsync) were found in {folder}.</translation>
    </message>
    <message>
        <source>{files} file(s) imported: {events} new records, {learners} new learners.</source>
        <translation>{files} file(s) imported: {events} new records, {learners} new learners.</translation>
    </message>
    <message>
        <source>{records} records of other computers were kept aside and not counted: they count once a file made on those computers is imported.</source>
        <translation>{records} records of other computers were kept aside and not counted: they count once a file made on those computers is imported.</translation>
    </message>
    <message>
        <source>{files} file(s) had been imported before.</source>
        <translation>{files} file(s) had been imported before.</translation>
    </message>
    <message>
        <source>{files} file(s) refused; the table says why and what to do.</source>
        <translation>{files} file(s) refused; the table says why and what to do.</translation>
    </message>
    <message>
        <source>You stopped the import: nothing from the file being read was added, and the files after it were not read. Files finished before stay added.</source>
        <translation>You stopped the import: nothing from the file being read was added, and the files after it were not read. Files finished before stay added.</translation>
    </message>
    <message>
        <source>The import failed; nothing was added.</source>
        <translation>The import failed; nothing was added.</translation>
    </message>
</context>
<context>
    <name>ImportedFilesModel</name>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>{new} new record(s)</source>
        <translation>{new} new record(s)</translation>
    </message>
    <message>
        <source>{new} new record(s); {held} kept apart, not counted</source>
        <translation>{new} new record(s); {held} kept apart, not counted</translation>
    </message>
    <message>
        <source>No new record; {held} kept apart, not counted</source>
        <translation>No new record; {held} kept apart, not counted</translation>
    </message>
    <message>
        <source>No new record (all were already here)</source>
        <translation>No new record (all were already here)</translation>
    </message>
    <message>
        <source>{file} · computer id: {id}</source>
        <translation>{file} · computer id: {id}</translation>
    </message>
</context>
<context>
    <name>KnownDevicesModel</name>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>First file</source>
        <translation>First file</translation>
    </message>
    <message>
        <source>Latest file</source>
        <translation>Latest file</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Days since</translation>
    </message>
    <message>
        <source>Computer id: {id}</source>
        <translation>Computer id: {id}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Older person</source>
        <translation>Older person</translation>
    </message>
    <message>
        <source>Farmer</source>
        <translation>Farmer</translation>
    </message>
    <message>
        <source>Freelance worker</source>
        <translation>Freelance worker</translation>
    </message>
    <message>
        <source>Resident of an outer district</source>
        <translation>Resident of an outer district</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Online public services</source>
        <translation>Online public services</translation>
    </message>
    <message>
        <source>Paying without cash</source>
        <translation>Paying without cash</translation>
    </message>
    <message>
        <source>Installing apps safely</source>
        <translation>Installing apps safely</translation>
    </message>
    <message>
        <source>Staying safe from scams</source>
        <translation>Staying safe from scams</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>High contrast (white text on black)</source>
        <translation>High contrast (white text on black)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Reading-aloud speed</source>
        <translation>Reading-aloud speed</translation>
    </message>
    <message>
        <source>Minutes before returning to the start screen</source>
        <translation>Minutes before returning to the start screen</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Slow</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Fast</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>LearnerChecklist</name>
    <message>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <source>Find a learner to tick</source>
        <translation>Find a learner to tick</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>Tick all found</source>
        <translation>Tick all found</translation>
    </message>
    <message>
        <source>Tick everyone the search finds</source>
        <translation>Tick everyone the search finds</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <source>{count} more. Type part of a name to find them.</source>
        <translation>{count} more. Type part of a name to find them.</translation>
    </message>
</context>
<context>
    <name>LearnerForm</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>For example: Nguyễn Thị Hoa</source>
        <translation>For example: Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <source>Year of birth (may be left empty)</source>
        <translation>Year of birth (may be left empty)</translation>
    </message>
    <message>
        <source>For example: 1958</source>
        <translation>For example: 1958</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <source>‹  All learners</source>
        <translation>‹  All learners</translation>
    </message>
    <message>
        <source>Back to the list of learners</source>
        <translation>Back to the list of learners</translation>
    </message>
    <message>
        <source>Card code: {code}</source>
        <translation>Card code: {code}</translation>
    </message>
    <message>
        <source>Their story</source>
        <translation>Their story</translation>
    </message>
    <message>
        <source>What this learner has done, in order</source>
        <translation>What this learner has done, in order</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Certificates of this learner</source>
        <translation>Certificates of this learner</translation>
    </message>
    <message>
        <source>Learner details</source>
        <translation>Learner details</translation>
    </message>
    <message>
        <source>Erase this learner…</source>
        <translation>Erase this learner…</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Records joined into this one</source>
        <translation>Records joined into this one</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>year unknown</translation>
    </message>
    <message>
        <source>no ward</source>
        <translation>no ward</translation>
    </message>
    <message>
        <source>Undo the join</source>
        <translation>Undo the join</translation>
    </message>
    <message>
        <source>Undo the join of {record}</source>
        <translation>Undo the join of {record}</translation>
    </message>
    <message>
        <source>Join undone: {name} is a learner of their own again, with the progress that record held.</source>
        <translation>Join undone: {name} is a learner of their own again, with the progress that record held.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>LearnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation>Needs help</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>{done} done, {open} started</source>
        <translation>{done} done, {open} started</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <source>Find a learner</source>
        <translation>Find a learner</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>All wards</source>
        <translation>All wards</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Ward:</source>
        <translation>Ward:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Progress:</translation>
    </message>
    <message>
        <source>Add learners…</source>
        <translation>Add learners…</translation>
    </message>
    <message>
        <source>Add learners, one after another or from a file</source>
        <translation>Add learners, one after another or from a file</translation>
    </message>
    <message>
        <source>Save the list…</source>
        <translation>Save the list…</translation>
    </message>
    <message>
        <source>Save the learners shown as a spreadsheet</source>
        <translation>Save the learners shown as a spreadsheet</translation>
    </message>
    <message>
        <source>Open  ›</source>
        <translation>Open  ›</translation>
    </message>
    <message>
        <source>Open the chosen learner</source>
        <translation>Open the chosen learner</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <source>Learning now</source>
        <translation>Learning now</translation>
    </message>
    <message>
        <source>Finished a lesson</source>
        <translation>Finished a lesson</translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation>Needs help</translation>
    </message>
    <message>
        <source>{count} of {total} learners shown.</source>
        <translation>{count} of {total} learners shown.</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Possible duplicates ({count})</translation>
    </message>
    <message>
        <source>Learners who may have been entered twice: {count}</source>
        <translation>Learners who may have been entered twice: {count}</translation>
    </message>
    <message>
        <source>Save the list of learners</source>
        <translation>Save the list of learners</translation>
    </message>
    <message>
        <source>learners.xlsx</source>
        <translation>learners.xlsx</translation>
    </message>
    <message>
        <source>The list could not be saved: {reason}</source>
        <translation>The list could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Saved {count} learners in {path}.</source>
        <translation>Saved {count} learners in {path}.</translation>
    </message>
</context>
<context>
    <name>LessonClassModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>Where they are</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Mistakes</translation>
    </message>
    <message>
        <source>At step {number} of {total}: {title}</source>
        <translation>At step {number} of {total}: {title}</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
</context>
<context>
    <name>LessonProgressPage</name>
    <message>
        <source>‹  Progress</source>
        <translation>‹  Progress</translation>
    </message>
    <message>
        <source>Back to the progress grid</source>
        <translation>Back to the progress grid</translation>
    </message>
    <message>
        <source>Who is where in this lesson</source>
        <translation>Who is where in this lesson</translation>
    </message>
    <message>
        <source>average mistakes per learner who opened it: {value}</source>
        <translation>average mistakes per learner who opened it: {value}</translation>
    </message>
    <message>
        <source>nobody has opened it yet</source>
        <translation>nobody has opened it yet</translation>
    </message>
    <message>
        <source>Finished: {finished}. Learning: {learning}. Not started: {waiting}. {average}.</source>
        <translation>Finished: {finished}. Learning: {learning}. Not started: {waiting}. {average}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Digital literacy trainer</source>
        <translation>Digital literacy trainer</translation>
    </message>
    <message>
        <source>Lesson: {title}</source>
        <translation>Lesson: {title}</translation>
    </message>
    <message>
        <source>Volunteer tools: {title}</source>
        <translation>Volunteer tools: {title}</translation>
    </message>
    <message>
        <source>Volunteer tools</source>
        <translation>Volunteer tools</translation>
    </message>
</context>
<context>
    <name>NewLearnerScreen</name>
    <message>
        <source>New learner</source>
        <translation>New learner</translation>
    </message>
    <message>
        <source>‹  Back</source>
        <translation>‹  Back</translation>
    </message>
    <message>
        <source>Back to “Who is learning?”</source>
        <translation>Back to “Who is learning?”</translation>
    </message>
    <message>
        <source>New learner form</source>
        <translation>New learner form</translation>
    </message>
    <message>
        <source>Start learning  ›</source>
        <translation>Start learning  ›</translation>
    </message>
    <message>
        <source>Start learning</source>
        <translation>Start learning</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{who} is already learning on this computer. Is that you?</source>
        <translation>{who} is already learning on this computer. Is that you?</translation>
    </message>
    <message>
        <source>Yes, that is me</source>
        <translation>Yes, that is me</translation>
    </message>
    <message>
        <source>No, I am someone else</source>
        <translation>No, I am someone else</translation>
    </message>
    <message>
        <source>No, I am someone else: add me as a new learner</source>
        <translation>No, I am someone else: add me as a new learner</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the technical details</source>
        <translation>Show the technical details</translation>
    </message>
</context>
<context>
    <name>OwedPage</name>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Whose certificates</source>
        <translation>Whose certificates</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>People owed a certificate</source>
        <translation>People owed a certificate</translation>
    </message>
    <message>
        <source>Open this person</source>
        <translation>Open this person</translation>
    </message>
    <message>
        <source>See the certificates of the chosen person</source>
        <translation>See the certificates of the chosen person</translation>
    </message>
    <message>
        <source>Certificates given…</source>
        <translation>Certificates given…</translation>
    </message>
    <message>
        <source>Save every certificate given as a spreadsheet</source>
        <translation>Save every certificate given as a spreadsheet</translation>
    </message>
    <message>
        <source>{count} people have finished an area or a course and not yet received its certificate.</source>
        <translation>{count} people have finished an area or a course and not yet received its certificate.</translation>
    </message>
    <message>
        <source>Nobody here is waiting for a certificate.</source>
        <translation>Nobody here is waiting for a certificate.</translation>
    </message>
    <message>
        <source>Save for all {count}…</source>
        <translation>Save for all {count}…</translation>
    </message>
    <message>
        <source>Save a certificate for each of the {count} people</source>
        <translation>Save a certificate for each of the {count} people</translation>
    </message>
    <message>
        <source>Save the list of certificates given</source>
        <translation>Save the list of certificates given</translation>
    </message>
    <message>
        <source>certificates-given.xlsx</source>
        <translation>certificates-given.xlsx</translation>
    </message>
    <message>
        <source>The list could not be saved: {reason}</source>
        <translation>The list could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Saved the list of certificates given in {path}.</source>
        <translation>Saved the list of certificates given in {path}.</translation>
    </message>
</context>
<context>
    <name>OwedTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Has earned</source>
        <translation>Has earned</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Practice phone</source>
        <translation>Practice phone</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Careful</source>
        <translation>Careful</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Got it</translation>
    </message>
    <message>
        <source>Careful: read it on the left</source>
        <translation>Careful: read it on the left</translation>
    </message>
    <message>
        <source>Hint: read it on the left</source>
        <translation>Hint: read it on the left</translation>
    </message>
    <message>
        <source>More below</source>
        <translation>More below</translation>
    </message>
    <message>
        <source>More above</source>
        <translation>More above</translation>
    </message>
    <message>
        <source>Phone screen</source>
        <translation>Phone screen</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>SAMPLE – NOT PAYABLE</source>
        <translation>SAMPLE – NOT PAYABLE</translation>
    </message>
    <message>
        <source>Arrow to the place to use</source>
        <translation>Arrow to the place to use</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>⌫  Delete</source>
        <translation>⌫  Delete</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Volunteer tools</source>
        <translation>Volunteer tools</translation>
    </message>
    <message>
        <source>‹  Back</source>
        <translation>‹  Back</translation>
    </message>
    <message>
        <source>Back to “Who is learning?”</source>
        <translation>Back to “Who is learning?”</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Your PIN</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the volunteer tools</source>
        <translation>Open the volunteer tools</translation>
    </message>
    <message>
        <source>Volunteer sign-in</source>
        <translation>Volunteer sign-in</translation>
    </message>
    <message>
        <source>PIN of {name}</source>
        <translation>PIN of {name}</translation>
    </message>
    <message>
        <source>First press your name.</source>
        <translation>First press your name.</translation>
    </message>
    <message>
        <source>That PIN is not right. {count} tries left before a one-minute wait.</source>
        <translation>That PIN is not right. {count} tries left before a one-minute wait.</translation>
    </message>
    <message>
        <source>Five wrong PINs. Please wait {seconds} seconds, then try again.</source>
        <translation>Five wrong PINs. Please wait {seconds} seconds, then try again.</translation>
    </message>
</context>
<context>
    <name>PlayerScreen</name>
    <message>
        <source>‹  Lessons</source>
        <translation>‹  Lessons</translation>
    </message>
    <message>
        <source>Leave the lesson and go back to the list of lessons</source>
        <translation>Leave the lesson and go back to the list of lessons</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Listen: read this step aloud</source>
        <translation>Listen: read this step aloud</translation>
    </message>
    <message>
        <source>Progress through the lesson</source>
        <translation>Progress through the lesson</translation>
    </message>
    <message>
        <source>‹  Back</source>
        <translation>‹  Back</translation>
    </message>
    <message>
        <source>Step {current}/{total}</source>
        <translation>Step {current}/{total}</translation>
    </message>
    <message>
        <source>Finish  ✓</source>
        <translation>Finish  ✓</translation>
    </message>
    <message>
        <source>Next  ›</source>
        <translation>Next  ›</translation>
    </message>
    <message>
        <source>Finish the lesson</source>
        <translation>Finish the lesson</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>Back to the list of lessons</source>
        <translation>Back to the list of lessons</translation>
    </message>
    <message>
        <source>Choose an answer to go on.</source>
        <translation>Choose an answer to go on.</translation>
    </message>
    <message>
        <source>Do the practice on the phone to go on.</source>
        <translation>Do the practice on the phone to go on.</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <source>Show me</source>
        <translation>Show me</translation>
    </message>
    <message>
        <source>Show me where to tap</source>
        <translation>Show me where to tap</translation>
    </message>
    <message>
        <source>Practice instruction</source>
        <translation>Practice instruction</translation>
    </message>
    <message>
        <source>You have done this practice before. You can do it again, or press “Next”.</source>
        <translation>You have done this practice before. You can do it again, or press “Next”.</translation>
    </message>
    <message>
        <source>If you need help, press “Show me”.</source>
        <translation>If you need help, press “Show me”.</translation>
    </message>
    <message>
        <source>Well done! You refused safely. Press “Next” to go on.</source>
        <translation>Well done! You refused safely. Press “Next” to go on.</translation>
    </message>
    <message>
        <source>Well done! You have finished this practice. Press “Next” to go on.</source>
        <translation>Well done! You have finished this practice. Press “Next” to go on.</translation>
    </message>
    <message>
        <source>Not this one. Read the instruction again and try another place.</source>
        <translation>Not this one. Read the instruction again and try another place.</translation>
    </message>
    <message>
        <source>First tick the box “{label}”.</source>
        <translation>First tick the box “{label}”.</translation>
    </message>
    <message>
        <source>The box “{label}” should not be ticked. Tap it to clear it.</source>
        <translation>The box “{label}” should not be ticked. Tap it to clear it.</translation>
    </message>
    <message>
        <source>First type “{text}” in the box “{label}”.</source>
        <translation>First type “{text}” in the box “{label}”.</translation>
    </message>
    <message>
        <source>Type “{text}” in the box the arrow points at: “{label}”.</source>
        <translation>Type “{text}” in the box the arrow points at: “{label}”.</translation>
    </message>
    <message>
        <source>Tick the box the arrow points at: “{label}”.</source>
        <translation>Tick the box the arrow points at: “{label}”.</translation>
    </message>
    <message>
        <source>Clear the box the arrow points at: “{label}”.</source>
        <translation>Clear the box the arrow points at: “{label}”.</translation>
    </message>
    <message>
        <source>Press “{label}”, where the arrow points.</source>
        <translation>Press “{label}”, where the arrow points.</translation>
    </message>
    <message>
        <source>Press where the arrow points.</source>
        <translation>Press where the arrow points.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress at a glance</source>
        <translation>Progress at a glance</translation>
    </message>
    <message>
        <source>Learners and lessons</source>
        <translation>Learners and lessons</translation>
    </message>
    <message>
        <source>Their story  ›</source>
        <translation>Their story  ›</translation>
    </message>
    <message>
        <source>The story of the chosen learner</source>
        <translation>The story of the chosen learner</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <source>Find a learner</source>
        <translation>Find a learner</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Save the grid as shown as a spreadsheet</source>
        <translation>Save the grid as shown as a spreadsheet</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save the grid as shown as a PDF to print</source>
        <translation>Save the grid as shown as a PDF to print</translation>
    </message>
    <message>
        <source>This lesson  ›</source>
        <translation>This lesson  ›</translation>
    </message>
    <message>
        <source>The lesson of the chosen column, across the class</source>
        <translation>The lesson of the chosen column, across the class</translation>
    </message>
    <message>
        <source>Nobody to show.</source>
        <translation>Nobody to show.</translation>
    </message>
    <message>
        <source>{name}: no sign of trouble.</source>
        <translation>{name}: no sign of trouble.</translation>
    </message>
    <message>
        <source>{name} needs help: {reasons}.</source>
        <translation>{name} needs help: {reasons}.</translation>
    </message>
    <message>
        <source>nothing done for {days} days, “{lesson}” unfinished</source>
        <translation>nothing done for {days} days, “{lesson}” unfinished</translation>
    </message>
    <message>
        <source>{count} mistakes in “{lesson}”</source>
        <translation>{count} mistakes in “{lesson}”</translation>
    </message>
    <message>
        <source>{count} hints in “{lesson}”</source>
        <translation>{count} hints in “{lesson}”</translation>
    </message>
    <message>
        <source>{count} on</source>
        <translation>{count} on</translation>
    </message>
    <message>
        <source>Filters on: {count}</source>
        <translation>Filters on: {count}</translation>
    </message>
    <message>
        <source>{count} learners shown.</source>
        <translation>{count} learners shown.</translation>
    </message>
    <message>
        <source>Save the progress grid</source>
        <translation>Save the progress grid</translation>
    </message>
    <message>
        <source>progress.xlsx</source>
        <translation>progress.xlsx</translation>
    </message>
    <message>
        <source>Save the progress grid to print</source>
        <translation>Save the progress grid to print</translation>
    </message>
    <message>
        <source>progress.pdf</source>
        <translation>progress.pdf</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Saving {name}…</translation>
    </message>
    <message>
        <source>Saved the grid of {count} learners in {path}.</source>
        <translation>Saved the grid of {count} learners in {path}.</translation>
    </message>
    <message>
        <source>The grid could not be saved: {reason}</source>
        <translation>The grid could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>ProgressSummary</name>
    <message>
        <source>You have finished {done} of {total} lessons</source>
        <translation>You have finished {done} of {total} lessons</translation>
    </message>
    <message>
        <source>{course}: {done} of {total} lessons</source>
        <translation>{course}: {done} of {total} lessons</translation>
    </message>
    <message>
        <source>Certificate received.</source>
        <translation>Certificate received.</translation>
    </message>
    <message>
        <source>All {total} lessons done: ask a volunteer to print your certificate.</source>
        <translation>All {total} lessons done: ask a volunteer to print your certificate.</translation>
    </message>
    <message>
        <source>Certificate after all {total} lessons; still to do: {lessons}.</source>
        <translation>Certificate after all {total} lessons; still to do: {lessons}.</translation>
    </message>
    <message>
        <source>Certificate after all {total} lessons; {left} still to do.</source>
        <translation>Certificate after all {total} lessons; {left} still to do.</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>⚠ Help</source>
        <translation>⚠ Help</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>step {done} of {total}</source>
        <translation>step {done} of {total}</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Answer {letter}: {text}</source>
        <translation>Answer {letter}: {text}</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>✓  That is right!</source>
        <translation>✓  That is right!</translation>
    </message>
    <message>
        <source>✗  Not quite. Read why, then choose another answer.</source>
        <translation>✗  Not quite. Read why, then choose another answer.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>The file could not be read or written ({problem}).</source>
        <translation>The file could not be read or written ({problem}).</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({problem}).</source>
        <translation>Something went wrong inside the app ({problem}).</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Columns for each</source>
        <translation>Columns for each</translation>
    </message>
    <message>
        <source>Learner group</source>
        <translation>Learner group</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Chart: {what}</source>
        <translation>Chart: {what}</translation>
    </message>
    <message>
        <source>Active learners</source>
        <translation>Active learners</translation>
    </message>
    <message>
        <source>New learners</source>
        <translation>New learners</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Lessons completed</translation>
    </message>
    <message>
        <source>Other wards</source>
        <translation>Other wards</translation>
    </message>
    <message>
        <source>Other groups</source>
        <translation>Other groups</translation>
    </message>
    <message>
        <source>by learner group</source>
        <translation>by learner group</translation>
    </message>
    <message>
        <source>by ward</source>
        <translation>by ward</translation>
    </message>
    <message>
        <source>Chart: {figure} by month, {split}</source>
        <translation>Chart: {figure} by month, {split}</translation>
    </message>
    <message>
        <source>Every figure is also in the report table.</source>
        <translation>Every figure is also in the report table.</translation>
    </message>
    <message>
        <source>Nothing to show for these months yet.</source>
        <translation>Nothing to show for these months yet.</translation>
    </message>
    <message>
        <source>The last {count} months are shown; the table has them all.</source>
        <translation>The last {count} months are shown; the table has them all.</translation>
    </message>
    <message>
        <source>Months {first} – {last}.</source>
        <translation>Months {first} – {last}.</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Choices and chart</source>
        <translation>Choices and chart</translation>
    </message>
    <message>
        <source>Show the choices and the chart</source>
        <translation>Show the choices and the chart</translation>
    </message>
    <message>
        <source>Hide the choices and the chart</source>
        <translation>Hide the choices and the chart</translation>
    </message>
    <message>
        <source>The choices and the chart are shown.</source>
        <translation>The choices and the chart are shown.</translation>
    </message>
    <message>
        <source>The choices and the chart are hidden.</source>
        <translation>The choices and the chart are hidden.</translation>
    </message>
    <message>
        <source>Report choices and chart</source>
        <translation>Report choices and chart</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Learner group</source>
        <translation>Learner group</translation>
    </message>
    <message>
        <source>Lesson area</source>
        <translation>Lesson area</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Digital competence</source>
        <translation>Digital competence</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Lessons completed</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>Split by</translation>
    </message>
    <message>
        <source>Split by: {what}</source>
        <translation>Split by: {what}</translation>
    </message>
    <message>
        <source>The report's figures, one row per line; the last line is the total.</source>
        <translation>The report's figures, one row per line; the last line is the total.</translation>
    </message>
    <message>
        <source>Report choices</source>
        <translation>Report choices</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>Only</translation>
    </message>
    <message>
        <source>All wards</source>
        <translation>All wards</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>From month</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>From the start</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>To month</translation>
    </message>
    <message>
        <source>Up to now</source>
        <translation>Up to now</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Report table</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{rows} row(s), made {date}</source>
        <translation>{rows} row(s), made {date}</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>The report could not be made.</translation>
    </message>
    <message>
        <source>Save the report as:</source>
        <translation>Save the report as:</translation>
    </message>
    <message>
        <source>Save the report as a {kind} file</source>
        <translation>Save the report as a {kind} file</translation>
    </message>
    <message>
        <source>report-{date}</source>
        <translation>report-{date}</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Saving {name}…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>The report could not be saved there.</source>
        <translation>The report could not be saved there.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
</context>
<context>
    <name>RetirePanel</name>
    <message>
        <source>Retire the chosen computer…</source>
        <translation>Retire the chosen computer…</translation>
    </message>
    <message>
        <source>Yes, retire it</source>
        <translation>Yes, retire it</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Retire {name}? Do this only for a computer that was lost, stolen or replaced. Its records so far stay; records it makes later, and certificates it issues after today, will never count, here and on every computer that trusts this one. This cannot be undone.</source>
        <translation>Retire {name}? Do this only for a computer that was lost, stolen or replaced. Its records so far stay; records it makes later, and certificates it issues after today, will never count, here and on every computer that trusts this one. This cannot be undone.</translation>
    </message>
    <message>
        <source>{name} is retired. Other computers learn it from this computer’s next sync file.</source>
        <translation>{name} is retired. Other computers learn it from this computer’s next sync file.</translation>
    </message>
</context>
<context>
    <name>SamePersonPanel</name>
    <message>
        <source>, born {year}</source>
        <translation>, born {year}</translation>
    </message>
    <message>
        <source>, {ward}</source>
        <translation>, {ward}</translation>
    </message>
</context>
<context>
    <name>SessionChoice</name>
    <message>
        <source>People at the session of {date}: {topic}</source>
        <translation>People at the session of {date}: {topic}</translation>
    </message>
</context>
<context>
    <name>SessionFormPage</name>
    <message>
        <source>‹  Sessions</source>
        <translation>‹  Sessions</translation>
    </message>
    <message>
        <source>Back to the list of sessions</source>
        <translation>Back to the list of sessions</translation>
    </message>
    <message>
        <source>Record a teaching session</source>
        <translation>Record a teaching session</translation>
    </message>
    <message>
        <source>Correct a teaching session</source>
        <translation>Correct a teaching session</translation>
    </message>
    <message>
        <source>Date (day/month/year)</source>
        <translation>Date (day/month/year)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>For example: Nhà văn hoá tổ 5</source>
        <translation>For example: Nhà văn hoá tổ 5</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>For example: Cài và đăng nhập VNeID</source>
        <translation>For example: Cài và đăng nhập VNeID</translation>
    </message>
    <message>
        <source>Lesson area</source>
        <translation>Lesson area</translation>
    </message>
    <message>
        <source>No particular area</source>
        <translation>No particular area</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Who came? Tick each person.</source>
        <translation>Who came? Tick each person.</translation>
    </message>
    <message>
        <source>Learners who came</source>
        <translation>Learners who came</translation>
    </message>
    <message>
        <source>Name of someone new</source>
        <translation>Name of someone new</translation>
    </message>
    <message>
        <source>Name of a new learner who came</source>
        <translation>Name of a new learner who came</translation>
    </message>
    <message>
        <source>Add and tick</source>
        <translation>Add and tick</translation>
    </message>
    <message>
        <source>Add this new learner and tick them</source>
        <translation>Add this new learner and tick them</translation>
    </message>
    <message>
        <source>Session form</source>
        <translation>Session form</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Save the changes</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Save the session</translation>
    </message>
    <message>
        <source>{count} people ticked.</source>
        <translation>{count} people ticked.</translation>
    </message>
    <message>
        <source>Type the new person's name first (at most 80 letters).</source>
        <translation>Type the new person's name first (at most 80 letters).</translation>
    </message>
    <message>
        <source>The date is not right. Write it as day/month/year, for example 14/03/2025.</source>
        <translation>The date is not right. Write it as day/month/year, for example 14/03/2025.</translation>
    </message>
    <message>
        <source>Please type where the session was.</source>
        <translation>Please type where the session was.</translation>
    </message>
    <message>
        <source>Please type what the session was about.</source>
        <translation>Please type what the session was about.</translation>
    </message>
    <message>
        <source>Please type the volunteer's name.</source>
        <translation>Please type the volunteer's name.</translation>
    </message>
    <message>
        <source>Please type how many minutes it lasted (1 to 600).</source>
        <translation>Please type how many minutes it lasted (1 to 600).</translation>
    </message>
    <message>
        <source>Tick at least one person who came.</source>
        <translation>Tick at least one person who came.</translation>
    </message>
    <message>
        <source>The session could not be saved: {reason}</source>
        <translation>The session could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Topic and place</source>
        <translation>Topic and place</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>{topic} · corrected</source>
        <translation>{topic} · corrected</translation>
    </message>
    <message>
        <source>{minutes} minutes, {count} people</source>
        <translation>{minutes} minutes, {count} people</translation>
    </message>
</context>
<context>
    <name>SessionWithdrawPage</name>
    <message>
        <source>‹  Keep and go back</source>
        <translation>‹  Keep and go back</translation>
    </message>
    <message>
        <source>Do not remove: back to the list of sessions</source>
        <translation>Do not remove: back to the list of sessions</translation>
    </message>
    <message>
        <source>Remove the session of {date} at {place}?</source>
        <translation>Remove the session of {date} at {place}?</translation>
    </message>
    <message>
        <source>Topic: “{topic}”. People who came: {count}.</source>
        <translation>Topic: “{topic}”. People who came: {count}.</translation>
    </message>
    <message>
        <source>Removing it takes it out of the list of sessions, out of each learner's story and out of the coordinator's reports.</source>
        <translation>Removing it takes it out of the list of sessions, out of each learner's story and out of the coordinator's reports.</translation>
    </message>
    <message>
        <source>The removal goes out with the next sync file, so the other computers and the coordinator remove it too.</source>
        <translation>The removal goes out with the next sync file, so the other computers and the coordinator remove it too.</translation>
    </message>
    <message>
        <source>This cannot be undone. If only something in it is wrong, go back and choose “Correct” instead.</source>
        <translation>This cannot be undone. If only something in it is wrong, go back and choose “Correct” instead.</translation>
    </message>
    <message>
        <source>What removing a session means</source>
        <translation>What removing a session means</translation>
    </message>
    <message>
        <source>Keep this session</source>
        <translation>Keep this session</translation>
    </message>
    <message>
        <source>Remove for good</source>
        <translation>Remove for good</translation>
    </message>
    <message>
        <source>Remove the session of {date} at {place} for good</source>
        <translation>Remove the session of {date} at {place} for good</translation>
    </message>
    <message>
        <source>The session could not be removed: {reason}</source>
        <translation>The session could not be removed: {reason}</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Teaching sessions</source>
        <translation>Teaching sessions</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Past sessions</translation>
    </message>
    <message>
        <source>No session recorded yet.</source>
        <translation>No session recorded yet.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Remove session</translation>
    </message>
    <message>
        <source>Save who came…</source>
        <translation>Save who came…</translation>
    </message>
    <message>
        <source>Record a session  ›</source>
        <translation>Record a session  ›</translation>
    </message>
    <message>
        <source>Record a new teaching session</source>
        <translation>Record a new teaching session</translation>
    </message>
    <message>
        <source>Correct the session of {date} at {place}</source>
        <translation>Correct the session of {date} at {place}</translation>
    </message>
    <message>
        <source>Remove the session of {date} at {place}</source>
        <translation>Remove the session of {date} at {place}</translation>
    </message>
    <message>
        <source>Save who came to the session of {date} at {place}, as a spreadsheet</source>
        <translation>Save who came to the session of {date} at {place}, as a spreadsheet</translation>
    </message>
    <message>
        <source>Save who came</source>
        <translation>Save who came</translation>
    </message>
    <message>
        <source>attendance-{date}.xlsx</source>
        <translation>attendance-{date}.xlsx</translation>
    </message>
    <message>
        <source>The list could not be saved: {reason}</source>
        <translation>The list could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Saved who came to the session of {date} in {path}.</source>
        <translation>Saved who came to the session of {date} in {path}.</translation>
    </message>
</context>
<context>
    <name>SessionsTool</name>
    <message>
        <source>Saved: “{topic}” with {count} people.</source>
        <translation>Saved: “{topic}” with {count} people.</translation>
    </message>
    <message>
        <source>Corrected: the session of {date}, “{topic}” with {count} people.</source>
        <translation>Corrected: the session of {date}, “{topic}” with {count} people.</translation>
    </message>
    <message>
        <source>Removed: the session of {date} at {place}.</source>
        <translation>Removed: the session of {date} at {place}.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings for {name}</source>
        <translation>Settings for {name}</translation>
    </message>
    <message>
        <source>Changes work at once and are kept for next time.</source>
        <translation>Changes work at once and are kept for next time.</translation>
    </message>
    <message>
        <source>This is how the volunteer tools will look.</source>
        <translation>This is how the volunteer tools will look.</translation>
    </message>
    <message>
        <source>This is how lesson text will look.</source>
        <translation>This is how lesson text will look.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Done  ›</source>
        <translation>Done  ›</translation>
    </message>
    <message>
        <source>Done: back to where you were</source>
        <translation>Done: back to where you were</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Who is learning?</source>
        <translation>Who is learning?</translation>
    </message>
    <message>
        <source>Press your name. Or type part of it to find it.</source>
        <translation>Press your name. Or type part of it to find it.</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <source>Find a name</source>
        <translation>Find a name</translation>
    </message>
    <message>
        <source>Clear what was typed</source>
        <translation>Clear what was typed</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>New learner</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Volunteer tools (needs a PIN)</source>
        <translation>Volunteer tools (needs a PIN)</translation>
    </message>
    <message>
        <source>I have a card</source>
        <translation>I have a card</translation>
    </message>
    <message>
        <source>I have a learner card: open my lessons with its code</source>
        <translation>I have a learner card: open my lessons with its code</translation>
    </message>
    <message>
        <source>Born {year}</source>
        <translation>Born {year}</translation>
    </message>
    <message>
        <source>Learning: {lesson}</source>
        <translation>Learning: {lesson}</translation>
    </message>
    <message>
        <source>Last here on {date}</source>
        <translation>Last here on {date}</translation>
    </message>
    <message>
        <source>{count} more people. Type part of your name to find it.</source>
        <translation>{count} more people. Type part of your name to find it.</translation>
    </message>
    <message>
        <source>No name matches “{query}”. Check the spelling, or press “New learner”.</source>
        <translation>No name matches “{query}”. Check the spelling, or press “New learner”.</translation>
    </message>
    <message>
        <source>Nobody has started yet. Press “New learner” to begin.</source>
        <translation>Nobody has started yet. Press “New learner” to begin.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>‹  Back</source>
        <translation>‹  Back</translation>
    </message>
    <message>
        <source>Back to the screen before</source>
        <translation>Back to the screen before</translation>
    </message>
    <message>
        <source>The story of {name}</source>
        <translation>The story of {name}</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Joined.</source>
        <translation>Joined.</translation>
    </message>
    <message>
        <source>Details corrected.</source>
        <translation>Details corrected.</translation>
    </message>
    <message>
        <source>A second record of this person was made.</source>
        <translation>A second record of this person was made.</translation>
    </message>
    <message>
        <source>The second record was joined into this one; its progress was kept.</source>
        <translation>The second record was joined into this one; its progress was kept.</translation>
    </message>
    <message>
        <source>The join was undone: this record stands on its own again.</source>
        <translation>The join was undone: this record stands on its own again.</translation>
    </message>
    <message>
        <source>Came to a class on “{topic}” at {place} with {volunteer} ({minutes} minutes).</source>
        <translation>Came to a class on “{topic}” at {place} with {volunteer} ({minutes} minutes).</translation>
    </message>
    <message>
        <source>Received a certificate: {what}.</source>
        <translation>Received a certificate: {what}.</translation>
    </message>
    <message>
        <source>{count} steps done (up to step {step} of {total})</source>
        <translation>{count} steps done (up to step {step} of {total})</translation>
    </message>
    <message>
        <source>{count} wrong answers or taps</source>
        <translation>{count} wrong answers or taps</translation>
    </message>
    <message>
        <source>{count} hints</source>
        <translation>{count} hints</translation>
    </message>
    <message>
        <source>Finished “{title}”</source>
        <translation>Finished “{title}”</translation>
    </message>
    <message>
        <source>Worked on “{title}”</source>
        <translation>Worked on “{title}”</translation>
    </message>
</context>
<context>
    <name>ToolPage</name>
    <message>
        <source>‹  Volunteer tools</source>
        <translation>‹  Volunteer tools</translation>
    </message>
    <message>
        <source>‹  Back</source>
        <translation>‹  Back</translation>
    </message>
    <message>
        <source>Back to the volunteer tools</source>
        <translation>Back to the volunteer tools</translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message>
        <source>This computer’s fingerprint: {fingerprint}</source>
        <translation>This computer’s fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>If this computer is a coordinator: on each ward computer, type this fingerprint once under “Trust a coordinator”. Those computers then learn from your sync files which computers you know and which you retired.</source>
        <translation>If this computer is a coordinator: on each ward computer, type this fingerprint once under “Trust a coordinator”. Those computers then learn from your sync files which computers you know and which you retired.</translation>
    </message>
    <message>
        <source>Trust a coordinator</source>
        <translation>Trust a coordinator</translation>
    </message>
    <message>
        <source>The coordinator’s fingerprint, 16 letters and digits</source>
        <translation>The coordinator’s fingerprint, 16 letters and digits</translation>
    </message>
    <message>
        <source>Trust this coordinator</source>
        <translation>Trust this coordinator</translation>
    </message>
    <message>
        <source>QR code of this computer’s fingerprint</source>
        <translation>QR code of this computer’s fingerprint</translation>
    </message>
    <message>
        <source>Make a new key for this computer…</source>
        <translation>Make a new key for this computer…</translation>
    </message>
    <message>
        <source>Make a new key only if this computer’s key may have been copied (the computer was repaired elsewhere, or a copy of its data folder was lost). The fingerprint changes; computers that trust this one follow by themselves with its next sync file.</source>
        <translation>Make a new key only if this computer’s key may have been copied (the computer was repaired elsewhere, or a copy of its data folder was lost). The fingerprint changes; computers that trust this one follow by themselves with its next sync file.</translation>
    </message>
    <message>
        <source>Yes, make a new key</source>
        <translation>Yes, make a new key</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This computer has a new key. Its fingerprint is now {fingerprint}: give it to the computers that will trust this one from now on.</source>
        <translation>This computer has a new key. Its fingerprint is now {fingerprint}: give it to the computers that will trust this one from now on.</translation>
    </message>
    <message>
        <source>This computer trusts no coordinator yet.</source>
        <translation>This computer trusts no coordinator yet.</translation>
    </message>
    <message>
        <source>Trusted coordinators: {names}</source>
        <translation>Trusted coordinators: {names}</translation>
    </message>
    <message>
        <source>This computer now trusts the coordinator {fingerprint}. Their list applies from their next sync file imported here.</source>
        <translation>This computer now trusts the coordinator {fingerprint}. Their list applies from their next sync file imported here.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Check a certificate</source>
        <translation>Check a certificate</translation>
    </message>
    <message>
        <source>Hold the certificate up to the camera, with its QR code inside the square.</source>
        <translation>Hold the certificate up to the camera, with its QR code inside the square.</translation>
    </message>
    <message>
        <source>You can type the code or choose the PDF instead.</source>
        <translation>You can type the code or choose the PDF instead.</translation>
    </message>
    <message>
        <source>Certificate number or code</source>
        <translation>Certificate number or code</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Check the code</translation>
    </message>
    <message>
        <source>Choose a PDF…</source>
        <translation>Choose a PDF…</translation>
    </message>
    <message>
        <source>Check a certificate PDF file</source>
        <translation>Check a certificate PDF file</translation>
    </message>
    <message>
        <source>Show the QR code</source>
        <translation>Show the QR code</translation>
    </message>
    <message>
        <source>Or type the code</source>
        <translation>Or type the code</translation>
    </message>
    <message>
        <source>FE5RDMP2, or the code under the QR: KBFFM R2GIV …</source>
        <translation>FE5RDMP2, or the code under the QR: KBFFM R2GIV …</translation>
    </message>
    <message>
        <source>Type the certificate number printed large on it (8 letters and digits), or the code printed under the QR code (groups of five letters and digits; spaces and small letters do not matter).</source>
        <translation>Type the certificate number printed large on it (8 letters and digits), or the code printed under the QR code (groups of five letters and digits; spaces and small letters do not matter).</translation>
    </message>
    <message>
        <source>This is neither a certificate number nor a certificate code. The number is 8 letters and digits printed large on the certificate, for example FE5RDMP2; the code under the QR code is groups of five letters and digits.</source>
        <translation>This is neither a certificate number nor a certificate code. The number is 8 letters and digits printed large on the certificate, for example FE5RDMP2; the code under the QR code is groups of five letters and digits.</translation>
    </message>
    <message>
        <source>This computer holds no certificate number {number}. Hold its QR code to the camera, or import the sync files of the computer that issued it first.</source>
        <translation>This computer holds no certificate number {number}. Hold its QR code to the camera, or import the sync files of the computer that issued it first.</translation>
    </message>
    <message>
        <source>Certificate {number} was issued. Compare with the paper:</source>
        <translation>Certificate {number} was issued. Compare with the paper:</translation>
    </message>
    <message>
        <source>This QR code is not a certificate. Show the QR code printed on the certificate.</source>
        <translation>This QR code is not a certificate. Show the QR code printed on the certificate.</translation>
    </message>
    <message>
        <source>Choose a certificate PDF</source>
        <translation>Choose a certificate PDF</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>The file could not be read: {reason}</translation>
    </message>
    <message>
        <source>{device}, this computer</source>
        <translation>{device}, this computer</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <source>Completed: {what}</source>
        <translation>Completed: {what}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Date: {date}</translation>
    </message>
    <message>
        <source>Ward: {ward}</source>
        <translation>Ward: {ward}</translation>
    </message>
    <message>
        <source>Issued by computer: {device}</source>
        <translation>Issued by computer: {device}</translation>
    </message>
    <message>
        <source>Certificate number: {id}</source>
        <translation>Certificate number: {id}</translation>
    </message>
</context>
<context>
    <name>VolunteerHome</name>
    <message>
        <source>Volunteer tools – {name}</source>
        <translation>Volunteer tools – {name}</translation>
    </message>
    <message>
        <source>‹  Leave volunteer mode</source>
        <translation>‹  Leave volunteer mode</translation>
    </message>
    <message>
        <source>Leave volunteer mode: back to “Who is learning?”</source>
        <translation>Leave volunteer mode: back to “Who is learning?”</translation>
    </message>
    <message>
        <source>You are signed in as a coordinator. Choose what to do.</source>
        <translation>You are signed in as a coordinator. Choose what to do.</translation>
    </message>
    <message>
        <source>You are signed in as a volunteer. Choose what to do.</source>
        <translation>You are signed in as a volunteer. Choose what to do.</translation>
    </message>
    <message>
        <source>Volunteer tools</source>
        <translation>Volunteer tools</translation>
    </message>
    <message>
        <source>Open a learner from their card</source>
        <translation>Open a learner from their card</translation>
    </message>
    <message>
        <source>Open a learner by typing the code on their learner card</source>
        <translation>Open a learner by typing the code on their learner card</translation>
    </message>
    <message>
        <source>Settings and city store</source>
        <translation>Settings and city store</translation>
    </message>
    <message>
        <source>Your own text size, colours and language for these tools, and the city store's address</source>
        <translation>Your own text size, colours and language for these tools, and the city store's address</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translation>Text size and colours</translation>
    </message>
    <message>
        <source>Your own text size, colours and language for these tools</source>
        <translation>Your own text size, colours and language for these tools</translation>
    </message>
</context>
<context>
    <name>VolunteerTools</name>
    <message>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Progress at a glance</source>
        <translation>Progress at a glance</translation>
    </message>
    <message>
        <source>Teaching sessions</source>
        <translation>Teaching sessions</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Learner cards</source>
        <translation>Learner cards</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Check a certificate</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Volunteer accounts</source>
        <translation>Volunteer accounts</translation>
    </message>
</context>
</TS>
