<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/canvasitems.cpp" line="102"/>
        <source>Availability Zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/designscene.cpp" line="41"/>
        <source>SG: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/designscene.cpp" line="71"/>
        <source>public NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/designscene.cpp" line="72"/>
        <source>private NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/designscene.cpp" line="73"/>
        <source>no Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/designscene.cpp" line="74"/>
        <source>EIP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/designscene.cpp" line="81"/>
        <source>internet-facing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/designscene.cpp" line="82"/>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/designscene.cpp" line="90"/>
        <source>:%1 · %2 task(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/designscene.cpp" line="102"/>
        <source>detached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/designscene.cpp" line="109"/>
        <source>ECR repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/designscene.cpp" line="113"/>
        <source>CI/CD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/designscene.cpp" line="138"/>
        <source> · %1 usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/designscene.cpp" line="148"/>
        <source>blackhole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/designscene.cpp" line="151"/>
        <source>routes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/designscene.cpp" line="151"/>
        <source>local only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/designscene.cpp" line="229"/>
        <source>Cloud Map private namespace &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/designscene.cpp" line="309"/>
        <source>push</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YAML</name>
    <message>
        <location filename="../core/yamlload.cpp" line="163"/>
        <source>the file is %1 bytes, over the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yamlload.cpp" line="166"/>
        <source>split the design or remove unused parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yamlload.cpp" line="175"/>
        <source>nesting is too deep for the YAML parser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yamlload.cpp" line="176"/>
        <source>flatten the structure; a valid file never nests this deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yamlload.cpp" line="179"/>
        <location filename="../core/yamlload.cpp" line="183"/>
        <source>invalid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yamlload.cpp" line="180"/>
        <location filename="../core/yamlload.cpp" line="184"/>
        <source>fix the syntax at this place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpcstudio</name>
    <message>
        <location filename="../app/commandline.cpp" line="26"/>
        <source>Usage:
  vpcstudio [FILE]                 open the designer; no FILE: the bundled example
  vpcstudio validate FILE [--format text|json]
                                   check a design; exit 0 when it has no errors, 1 when it has
  vpcstudio export FILE --output OUT [--type png|svg|design]
                                   write the diagram as PNG or SVG, or the design as YAML
  vpcstudio --version | --help

Every verb exits with 2 when its input is unusable and prints one line
naming the file, line and column, and what to do.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="54"/>
        <source>%1 needs a design FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="58"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="73"/>
        <source>unknown format &quot;%1&quot;; use text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="92"/>
        <source>export needs --output OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="102"/>
        <source>unknown export type &quot;%1&quot;; use png, svg or design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="122"/>
        <source>Output format of validate: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="123"/>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="124"/>
        <source>File that export writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="124"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="126"/>
        <source>What export writes: png, svg or design; by default the output&apos;s suffix decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="128"/>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="129"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="130"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="164"/>
        <source>unknown verb &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="95"/>
        <source>%1 must be a port or a range such as 1024-65535, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="96"/>
        <source>write port numbers, not service names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="637"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="638"/>
        <source>start a design with &quot;vpcstudio: 1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodereader.cpp" line="37"/>
        <source>%1 must be a single value, not a list or mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodereader.cpp" line="38"/>
        <source>write it as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodereader.cpp" line="50"/>
        <source>%1 must be a port number from 0 to 65535, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodereader.cpp" line="51"/>
        <source>write the number, for example 443 for HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yamlload.cpp" line="136"/>
        <source>the file is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yamlload.cpp" line="137"/>
        <source>save it again with UTF-8 encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yamlload.cpp" line="152"/>
        <source>the file holds more than one YAML document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yamlload.cpp" line="153"/>
        <source>keep one document and remove the text after the &quot;---&quot; or &quot;...&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpcstudio::AddressChecker</name>
    <message>
        <location filename="../core/addressrules.cpp" line="65"/>
        <source>%1 %2 has the CIDR block &quot;%3&quot;, which is not valid: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/addressrules.cpp" line="67"/>
        <source>write a block such as 10.0.0.0/16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/addressrules.cpp" line="76"/>
        <source>VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/addressrules.cpp" line="82"/>
        <source>VPC %1 has the block %2 with host bits set; its network is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/addressrules.cpp" line="84"/>
        <location filename="../core/addressrules.cpp" line="124"/>
        <source>write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/addressrules.cpp" line="89"/>
        <source>VPC %1 has the block %2 (%3 addresses); AWS allows /%4 to /%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/addressrules.cpp" line="94"/>
        <source>use a block from /%1 to /%2, such as %3/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/addressrules.cpp" line="105"/>
        <source>VPC %1 has the blocks %2 and %3, which overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/addressrules.cpp" line="107"/>
        <source>remove one of them or choose blocks that do not overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/addressrules.cpp" line="128"/>
        <source>use %1, the next free /%2 in %3, or write %4 if that is the block you mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/addressrules.cpp" line="134"/>
        <source>subnet %1 has the block %2 with host bits set; its network is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/addressrules.cpp" line="143"/>
        <source>subnet %1 has the block %2 (%3 addresses); AWS allows /%4 to /%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/addressrules.cpp" line="148"/>
        <source>use a block from /%1 (65,536 addresses) to /%2 (16 addresses, 11 usable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/addressrules.cpp" line="159"/>
        <source>subnet %1 (%2) is not inside any block of VPC %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/addressrules.cpp" line="161"/>
        <source>choose a block inside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/addressrules.cpp" line="161"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/addressrules.cpp" line="174"/>
        <source>give one of them a block that overlaps no other subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/addressrules.cpp" line="178"/>
        <source>move %1 to %2, the next free block of its size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/addressrules.cpp" line="181"/>
        <source>subnets %1 (%2) and %3 (%4) overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/addressrules.cpp" line="193"/>
        <source>subnet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpcstudio::Cidr</name>
    <message>
        <location filename="../core/cidr.cpp" line="48"/>
        <source>an IPv4 address has four parts separated by dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cidr.cpp" line="57"/>
        <source>&quot;%1&quot; is not a number from 0 to 255 without leading zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cidr.cpp" line="70"/>
        <source>a CIDR block needs a prefix length, as in 10.0.0.0/16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cidr.cpp" line="80"/>
        <source>the prefix length must be a number from 0 to 32</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpcstudio::DesignReader</name>
    <message>
        <location filename="../core/designreader.cpp" line="653"/>
        <source>check the value at this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="667"/>
        <source>check the path and the permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="676"/>
        <source>the file is %1 bytes, over the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="681"/>
        <source>split the design or remove unused parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpcstudio::FindingFormat</name>
    <message>
        <location filename="../core/findingformat.cpp" line="21"/>
        <source>%1: %2 errors, %3 warnings
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpcstudio::GuardHandler</name>
    <message>
        <location filename="../core/yamlload.cpp" line="49"/>
        <source>YAML aliases (*name) are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yamlload.cpp" line="50"/>
        <source>write the value out in full where the alias is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yamlload.cpp" line="90"/>
        <source>nesting is deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yamlload.cpp" line="91"/>
        <source>flatten the structure; a valid file never nests this deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yamlload.cpp" line="113"/>
        <source>duplicate key &quot;%1&quot; (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yamlload.cpp" line="114"/>
        <source>remove one of the two entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpcstudio::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="38"/>
        <source>Zoom %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>Open &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="53"/>
        <source>&amp;Export Picture...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="53"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="59"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="61"/>
        <source>&amp;Fit Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="61"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="63"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="63"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="65"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>&amp;About VPC Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="77"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>Cannot open the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>%1 — VPC Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Open Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>Designs (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>Export Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>About VPC Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>&lt;b&gt;VPC Studio %1&lt;/b&gt;&lt;p&gt;Draw an AWS VPC, check it against AWS&apos;s rules and see how traffic flows through it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpcstudio::NodeReader</name>
    <message>
        <location filename="../core/nodereader.cpp" line="59"/>
        <source>%1 must be a mapping of keys to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodereader.cpp" line="60"/>
        <source>write it as &quot;key: value&quot; lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodereader.cpp" line="100"/>
        <source>%1 has no &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodereader.cpp" line="101"/>
        <source>add &quot;%1: ...&quot; to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodereader.cpp" line="118"/>
        <source>%1 must be a whole number from %2 to %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodereader.cpp" line="123"/>
        <source>write a number in that range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodereader.cpp" line="140"/>
        <source>%1 must be true or false, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodereader.cpp" line="141"/>
        <source>write true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodereader.cpp" line="154"/>
        <source>%1 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodereader.cpp" line="155"/>
        <source>write it as [a, b] or as lines starting with &quot;- &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodereader.cpp" line="174"/>
        <source>%1 must be one of %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodereader.cpp" line="176"/>
        <source>use one of the listed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodereader.cpp" line="186"/>
        <source>unknown key &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodereader.cpp" line="187"/>
        <source>check its spelling against docs/design-format.md</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpcstudio::PictureExport</name>
    <message>
        <location filename="../ui/pictureexport.cpp" line="25"/>
        <source>the picture is too large to draw in memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpcstudio::Reader</name>
    <message>
        <location filename="../core/designreader.cpp" line="108"/>
        <source>&quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="109"/>
        <source>start each entry with &quot;- &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="126"/>
        <source>the id &quot;%1&quot; is already used at line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="127"/>
        <source>give every object its own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="165"/>
        <source>%1 names &quot;%2&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="166"/>
        <source>%1 names &quot;%2&quot;, which is a %3, not a %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="170"/>
        <source>add a %1 with that id or correct the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="184"/>
        <source>VPC %1 has no CIDR block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="185"/>
        <source>add &quot;cidrBlocks: [10.0.0.0/16]&quot; or another block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="272"/>
        <source>%1 has no &quot;ports&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="273"/>
        <source>add &quot;ports: 443&quot; or a range such as &quot;ports: 1024-65535&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="290"/>
        <source>%1 needs exactly one of cidr, prefixList or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="291"/>
        <source>say where the traffic comes from or goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="549"/>
        <source>the flow endpoint &quot;%1&quot; is not an object id, a Cloud Map name or an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="552"/>
        <source>use the id of an object in this design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="560"/>
        <source>layout must map object ids to [x, y, width, height]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="561"/>
        <source>write entries such as &quot;vpc-main: [0, 0, 800, 600]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="575"/>
        <source>the layout of %1 must be four numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="576"/>
        <source>write [x, y, width, height]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="584"/>
        <source>the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="590"/>
        <source>not a VPC Studio design of format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/designreader.cpp" line="591"/>
        <source>start the file with &quot;vpcstudio: 1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
