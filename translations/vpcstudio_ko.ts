<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CfnTemplateText</name>
    <message>
        <location filename="../core/cfntemplate.cpp" line="+107"/>
        <source>the %1 section must be a mapping of names to entries</source>
        <translation>%1 섹션은 이름과 항목의 매핑이어야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write one &quot;Name:&quot; key per entry under %1</source>
        <translation>%1 아래에 항목마다 &quot;Name:&quot; 키를 하나씩 쓰세요</translation>
    </message>
</context>
<context>
    <name>LessonsText</name>
    <message>
        <location filename="../core/lessons.cpp" line="+56"/>
        <source>the key &quot;%1&quot; is missing</source>
        <translation>키 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add it</source>
        <translation>추가하세요</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/canvasitems.cpp" line="+176"/>
        <source>Drag to make the building wider or taller</source>
        <translation>드래그하여 건물을 넓히거나 높이세요</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Availability Zone %1</source>
        <translation>가용 영역 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drag to make the room wider or taller; every room of the building takes the new width</source>
        <translation>끌어서 방을 넓히거나 높이세요. 건물의 모든 방이 새 너비를 따릅니다</translation>
    </message>
    <message>
        <location filename="../ui/designscene.cpp" line="+47"/>
        <source>SG: %1</source>
        <translation>SG: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>public NAT</source>
        <translation>퍼블릭 NAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private NAT</source>
        <translation>프라이빗 NAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Elastic IP</source>
        <translation>탄력적 IP 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EIP %1</source>
        <translation>EIP %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>internet-facing</source>
        <translation>인터넷 경계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal</source>
        <translation>내부</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>:%1 · %2 task(s)</source>
        <translation>:%1 · 태스크 %2개</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>main table</source>
        <translation>기본 테이블</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>route table</source>
        <translation>라우팅 테이블</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>%1 in, %2 out</source>
        <translation>인바운드 %1, 아웃바운드 %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>default network ACL</source>
        <translation>기본 네트워크 ACL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>network ACL</source>
        <translation>네트워크 ACL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>detached</source>
        <translation>분리됨</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ECR repository</source>
        <translation>ECR 리포지토리</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CI/CD</source>
        <translation>CI/CD</translation>
    </message>
    <message>
        <location line="+25"/>
        <source> · %1 usable</source>
        <translation> · 사용 가능 %1개</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+72"/>
        <source>blackhole</source>
        <translation>블랙홀</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>routes: %1</source>
        <translation>경로: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>local only</source>
        <translation>로컬만</translation>
    </message>
    <message>
        <location line="+317"/>
        <source>Cloud Map private namespace &quot;%1&quot;</source>
        <translation>Cloud Map 프라이빗 네임스페이스 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>push</source>
        <translation>푸시</translation>
    </message>
</context>
<context>
    <name>vpcstudio::AclEntriesEditor</name>
    <message>
        <location filename="../ui/ruleeditors.cpp" line="+309"/>
        <source>Rule #</source>
        <translation>규칙 번호</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ports</source>
        <translation>포트 범위</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CIDR block</source>
        <translation>CIDR 블록</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Edit entries of %1</source>
        <translation>%1 항목 편집</translation>
    </message>
</context>
<context>
    <name>vpcstudio::AddressChart</name>
    <message>
        <location filename="../ui/addresschart.cpp" line="+72"/>
        <source>Addresses of %1</source>
        <translation>%1의 주소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No VPC in this design</source>
        <translation>이 설계에 VPC가 없습니다</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>in subnets</source>
        <translation>서브넷에 할당</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reserved by AWS</source>
        <translation>AWS 예약</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free</source>
        <translation>미할당</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>addresses</source>
        <translation>주소 수</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usable</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needed</source>
        <translation>필요</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>addresses per subnet</source>
        <translation>서브넷별 주소 수</translation>
    </message>
</context>
<context>
    <name>vpcstudio::AddressRules</name>
    <message>
        <location filename="../core/addressrules.cpp" line="+73"/>
        <source>%1 %2 has the CIDR block &quot;%3&quot;, which is not valid: %4</source>
        <translation>%1 %2의 CIDR 블록 &quot;%3&quot;이(가) 올바르지 않습니다: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a block such as 10.0.0.0/16</source>
        <translation>10.0.0.0/16 같은 형식으로 블록을 쓰세요</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VPC %1 has the block %2 with host bits set; its network is %3</source>
        <translation>VPC %1의 블록 %2에 호스트 비트가 설정되어 있습니다; 네트워크 주소는 %3입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>write %1</source>
        <translation>%1(으)로 고쳐 쓰세요</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>VPC %1 has the block %2 (%3 addresses); AWS allows /%4 to /%5</source>
        <translation>VPC %1의 블록 %2은(는) 주소가 %3개입니다; AWS는 /%4에서 /%5까지만 허용합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use a block from /%1 to /%2, such as %3/%1</source>
        <translation>/%1에서 /%2 사이의 블록을 쓰세요(예: %3/%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>VPC %1 has the blocks %2 and %3, which overlap</source>
        <translation>VPC %1의 블록 %2, %3이(가) 서로 겹칩니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove one of them or choose blocks that do not overlap</source>
        <translation>둘 중 하나를 삭제하거나 겹치지 않는 블록을 고르세요</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>use %1, the next free /%2 in %3</source>
        <translation>%3에서 다음으로 비어 있는 /%2 블록인 %1을(를) 쓰세요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use %1, the next free /%2 in %3, or write %4 if that is the block you mean</source>
        <translation>%3에서 다음으로 비어 있는 /%2 블록인 %1을(를) 쓰거나, 의도한 블록이 %4(이)라면 %4(으)로 고쳐 쓰세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>subnet %1 has the block %2 with host bits set; its network is %3</source>
        <translation>서브넷 %1의 블록 %2에 호스트 비트가 설정되어 있습니다; 네트워크 주소는 %3입니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>subnet %1 has the block %2 (%3 addresses); AWS allows /%4 to /%5</source>
        <translation>서브넷 %1의 블록 %2은(는) 주소가 %3개입니다; AWS는 /%4에서 /%5까지만 허용합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use a block from /%1 (65,536 addresses) to /%2 (16 addresses, 11 usable)</source>
        <translation>/%1(주소 65,536개)에서 /%2(주소 16개, 사용 가능 11개) 사이의 블록을 쓰세요</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>subnet %1 (%2) is not inside any block of VPC %3 (%4)</source>
        <translation>서브넷 %1(%2)이(가) VPC %3(%4)의 어느 블록에도 속하지 않습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a block inside %1</source>
        <translation>%1 안의 블록을 고르세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give one of them a block that overlaps no other subnet</source>
        <translation>둘 중 하나에 다른 서브넷과 겹치지 않는 블록을 지정하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>move %1 to %2, the next free block of its size</source>
        <translation>%1을(를) 같은 크기의 다음 빈 블록인 %2(으)로 옮기세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>subnets %1 (%2) and %3 (%4) overlap</source>
        <translation>서브넷 %1(%2), %3(%4)이(가) 서로 겹칩니다</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>subnet %1 (%2) needs %3 addresses but has %4 after the 5 that AWS reserves</source>
        <translation>서브넷 %1(%2)에는 주소 %3개가 필요하지만, AWS가 예약하는 5개를 빼면 %4개뿐입니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use a larger block or spread the tasks over more subnets</source>
        <translation>더 큰 블록을 쓰거나 태스크를 더 많은 서브넷에 나누세요</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>peered VPCs %1 (%2) and %3 (%4) overlap; AWS does not peer overlapping VPCs</source>
        <translation>피어링된 VPC %1(%2), %3(%4)의 블록이 겹칩니다; AWS는 블록이 겹치는 VPC를 피어링하지 않습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give one of the VPCs a block that does not overlap the other</source>
        <translation>두 VPC 중 하나에 다른 VPC와 겹치지 않는 블록을 지정하세요</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>subnet</source>
        <translation>서브넷</translation>
    </message>
</context>
<context>
    <name>vpcstudio::AlbRules</name>
    <message>
        <location filename="../core/albrules.cpp" line="+32"/>
        <source>load balancer %1 has subnets %2 in the same zone %3; AWS takes one subnet per zone</source>
        <translation>로드 밸런서 %1의 서브넷 %2이(가) 모두 같은 가용 영역 %3에 있습니다; AWS는 가용 영역당 서브넷을 하나만 받습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keep one of them and add a subnet in another zone</source>
        <translation>그중 하나만 남기고 다른 가용 영역의 서브넷을 추가하세요</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>load balancer %1 has no subnet in any zone; an Application Load Balancer needs subnets in at least two</source>
        <translation>로드 밸런서 %1에 어느 가용 영역에도 서브넷이 없습니다; Application Load Balancer에는 두 개 이상의 가용 영역에 서브넷이 필요합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load balancer %1 covers only one zone; an Application Load Balancer needs subnets in at least two</source>
        <translation>로드 밸런서 %1의 서브넷이 가용 영역 하나에만 있습니다; Application Load Balancer에는 두 개 이상의 가용 영역에 서브넷이 필요합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add a subnet in a second availability zone</source>
        <translation>다른 가용 영역의 서브넷을 추가하세요</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>internet-facing load balancer %1 uses subnet %2, which has no route to an internet gateway, so clients cannot reach it there</source>
        <translation>인터넷 경계 로드 밸런서 %1이(가) 사용하는 서브넷 %2에 인터넷 게이트웨이로 가는 경로가 없어, 클라이언트가 이 서브넷의 로드 밸런서에 연결할 수 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use a public subnet in that zone</source>
        <translation>해당 가용 영역의 퍼블릭 서브넷을 사용하세요</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>load balancer %1 uses subnet %2 (%3); AWS needs at least a /%4</source>
        <translation>로드 밸런서 %1이(가) 사용하는 서브넷 %2(%3)이(가) 너무 작습니다; AWS에는 최소 /%4 크기가 필요합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use a subnet of /%1 or larger</source>
        <translation>/%1 이상 크기의 서브넷을 사용하세요</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the security groups of %1 do not admit load balancer %2 on port %3</source>
        <translation>%1의 보안 그룹이 포트 %3에서 로드 밸런서 %2의 트래픽을 허용하지 않습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add an inbound rule for TCP %1 from the load balancer&apos;s security group %2</source>
        <translation>로드 밸런서의 보안 그룹 %2에서 오는 TCP %1 트래픽을 허용하는 인바운드 규칙을 추가하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>vpcstudio::Apartment</name>
    <message>
        <location filename="../ui/apartment.cpp" line="+266"/>
        <source>Wing %1 (availability zone)</source>
        <translation>%1 동 (가용 영역)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>window on the street</source>
        <translation>길가 창문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inner room, no street window</source>
        <translation>안쪽 방, 길가 창문 없음</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Residents&apos; directory: %1</source>
        <translation>입주자 안내판: %1</translation>
    </message>
</context>
<context>
    <name>vpcstudio::CfnEvaluator</name>
    <message>
        <location filename="../core/cfnevaluator.cpp" line="+46"/>
        <source>parameter %1 is &quot;%2&quot;, which is not one of its AllowedValues</source>
        <translation>파라미터 %1의 값 &quot;%2&quot;은(는) AllowedValues에 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give --param %1=VALUE with an allowed value</source>
        <translation>허용된 값으로 --param %1=VALUE를 주세요</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 takes a list of %2 arguments</source>
        <translation>%1에는 인수 %2개의 목록이 필요합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the function&apos;s syntax in the CloudFormation reference</source>
        <translation>CloudFormation 참조 문서에서 함수 문법을 확인하세요</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 at %2 depends on a value that is not known</source>
        <translation>%2의 %1은(는) 알 수 없는 값에 의존합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2 is not evaluated by the importer</source>
        <translation>%2의 %1은(는) 가져오기에서 계산하지 않습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ref takes the name of a parameter or resource</source>
        <translation>Ref에는 파라미터나 리소스의 이름이 필요합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write &quot;!Ref Name&quot;</source>
        <translation>&quot;!Ref Name&quot; 형식으로 쓰세요</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+145"/>
        <location filename="../core/cfnfunctions.cpp" line="+277"/>
        <source>%1 names %2, which is not created because its condition is false</source>
        <translation>%1이(가) %2을(를) 가리키지만, 조건이 거짓이어서 만들어지지 않습니다</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Ref names &quot;%1&quot;, which is neither a parameter nor a resource</source>
        <translation>Ref가 가리키는 &quot;%1&quot;은(는) 파라미터도 리소스도 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>declare it under Parameters or Resources, or correct the name</source>
        <translation>Parameters나 Resources 아래에 선언하거나 이름을 고치세요</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: AWS::AccountId stands for the placeholder account %2; give --param AWS::AccountId=ID to set it</source>
        <translation>%1: AWS::AccountId는 임시 계정 %2(으)로 둡니다. 정하려면 --param AWS::AccountId=ID를 주세요</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is known only after deployment</source>
        <translation>%1은(는) 배포한 뒤에야 알 수 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown pseudo parameter %1</source>
        <translation>알 수 없는 의사 파라미터 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use AWS::Region, AWS::StackName, AWS::AccountId, AWS::Partition, AWS::URLSuffix or AWS::NoValue</source>
        <translation>AWS::Region, AWS::StackName, AWS::AccountId, AWS::Partition, AWS::URLSuffix, AWS::NoValue 중 하나를 쓰세요</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: parameter %2 has no value; it takes the output %2 of another template read together</source>
        <translation>%1: 파라미터 %2에 값이 없어, 함께 읽은 다른 템플릿의 출력 %2을(를) 씁니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: parameter %2 has no value; it stands for the zones %3a, %3b, ... of %3; give --param %2=ZONE,ZONE to choose them</source>
        <translation>%1: 파라미터 %2에 값이 없어 %3의 영역 %3a, %3b, ...(으)로 둡니다. 직접 고르려면 --param %2=ZONE,ZONE을 주세요</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: parameter %2 has no value and no default; what uses it stays unresolved; give --param %2=VALUE</source>
        <translation>%1: 파라미터 %2에 값도 기본값도 없어, 이를 쓰는 값은 풀리지 않은 채로 둡니다. --param %2=VALUE를 주세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parameter %1 has no value</source>
        <translation>파라미터 %1에 값이 없습니다</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fn::GetAtt takes a resource and an attribute</source>
        <translation>Fn::GetAtt에는 리소스와 속성이 필요합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write &quot;!GetAtt Resource.Attribute&quot;</source>
        <translation>&quot;!GetAtt Resource.Attribute&quot; 형식으로 쓰세요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fn::GetAtt names &quot;%1&quot;, which is not a resource</source>
        <translation>Fn::GetAtt가 가리키는 &quot;%1&quot;은(는) 리소스가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/cfnfunctions.cpp" line="-4"/>
        <source>correct the logical id</source>
        <translation>논리 ID를 고치세요</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 depends on itself</source>
        <translation>%1이(가) 자기 자신에 의존합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the value instead of the circular reference</source>
        <translation>순환 참조 대신 값을 직접 쓰세요</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1.%2 at %3 is known only after deployment</source>
        <translation>%3의 %1.%2은(는) 배포한 뒤에야 알 수 있습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>condition %1 at %2 could not be decided</source>
        <translation>%2의 조건 %1을(를) 판단할 수 없습니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fn::ImportValue takes an export name</source>
        <translation>Fn::ImportValue에는 내보내기 이름이 필요합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the name or an expression that builds it</source>
        <translation>이름이나 이름을 만드는 식을 쓰세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no template read together exports &quot;%1&quot;</source>
        <translation>함께 읽은 템플릿 중 &quot;%1&quot;을(를) 내보내는 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/cfnfunctions.cpp" line="-194"/>
        <source>condition &quot;%1&quot; is not defined</source>
        <translation>조건 &quot;%1&quot;이(가) 정의되지 않았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add it under Conditions or correct the name</source>
        <translation>Conditions 아래에 추가하거나 이름을 고치세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>condition &quot;%1&quot; depends on itself</source>
        <translation>조건 &quot;%1&quot;이(가) 자기 자신에 의존합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>break the cycle between the conditions</source>
        <translation>조건 사이의 순환을 끊으세요</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: condition %2 of %3 could not be decided; the resource is kept</source>
        <translation>%1: %3의 조건 %2을(를) 판단할 수 없어 리소스를 남겨 둡니다</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1: an assertion of rule %2 could not be evaluated</source>
        <translation>%1: 규칙 %2의 단언 하나를 계산할 수 없습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rule %1 fails: %2</source>
        <translation>규칙 %1이(가) 실패합니다: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its assertion is false</source>
        <translation>단언이 거짓입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change the parameters with --param NAME=VALUE so that the rule holds</source>
        <translation>규칙이 성립하도록 --param NAME=VALUE로 파라미터를 바꾸세요</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fn::Sub takes a string or a list of a string and a mapping</source>
        <translation>Fn::Sub에는 문자열, 또는 문자열과 매핑의 목록이 필요합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write [&quot;text ${Name}&quot;, {Name: value}]</source>
        <translation>[&quot;text ${Name}&quot;, {Name: value}] 형식으로 쓰세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fn::Sub needs a text to fill in</source>
        <translation>Fn::Sub에는 채울 텍스트가 필요합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the text as a string</source>
        <translation>텍스트를 문자열로 쓰세요</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>${%1} in Fn::Sub at %2 is not a single value</source>
        <translation>%2의 Fn::Sub에 있는 ${%1}은(는) 단일 값이 아닙니다</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Fn::Sub names &quot;%1&quot;, which is not a resource</source>
        <translation>Fn::Sub가 가리키는 &quot;%1&quot;은(는) 리소스가 아닙니다</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fn::Join at %1 joins a value that is not text</source>
        <translation>%1의 Fn::Join이 텍스트가 아닌 값을 잇습니다</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fn::Select index &quot;%1&quot; is not a number</source>
        <translation>Fn::Select의 인덱스 &quot;%1&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write 0 for the first item</source>
        <translation>첫 항목은 0으로 쓰세요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fn::Select requests item %1 of a list of %2</source>
        <translation>Fn::Select가 항목 %2개짜리 목록의 %1번 항목을 요청합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose an index below %1</source>
        <translation>%1보다 작은 인덱스를 고르세요</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fn::Split takes a delimiter and a text</source>
        <translation>Fn::Split에는 구분자와 텍스트가 필요합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write [&quot;,&quot;, &quot;a,b&quot;]</source>
        <translation>[&quot;,&quot;, &quot;a,b&quot;] 형식으로 쓰세요</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: Fn::GetAZs lists the placeholder zones %2a to %2%3; the zones of a real account may differ</source>
        <translation>%1: Fn::GetAZs는 임시 영역 %2a부터 %2%3까지를 돌려줍니다. 실제 계정의 영역과 다를 수 있습니다</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Fn::Cidr takes an IPv4 block, a count from 1 to 256 and host bits from 1 to 32, not [%1, %2, %3]</source>
        <translation>Fn::Cidr에는 IPv4 블록, 1~256의 개수, 1~32의 호스트 비트가 필요합니다. [%1, %2, %3]은(는) 맞지 않습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write for example [10.0.0.0/16, 4, 8]</source>
        <translation>예: [10.0.0.0/16, 4, 8]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fn::Cidr requests %1 blocks of /%2 in %3, but only %4 fit</source>
        <translation>Fn::Cidr가 %3 안에 /%2 블록 %1개를 요청하지만 %4개만 들어갑니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ask for fewer blocks or fewer host bits</source>
        <translation>블록 수나 호스트 비트를 줄이세요</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fn::FindInMap finds no key &quot;%1&quot; in %2</source>
        <translation>Fn::FindInMap이 %2에서 키 &quot;%1&quot;을(를) 찾지 못합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add the key under Mappings or correct it</source>
        <translation>Mappings 아래에 키를 추가하거나 고치세요</translation>
    </message>
</context>
<context>
    <name>vpcstudio::CfnImport</name>
    <message>
        <location filename="../core/cfnimport.cpp" line="+135"/>
        <source>the export %1 imports itself</source>
        <translation>내보내기 %1이(가) 자기 자신을 가져옵니다</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: Fn::ImportValue &quot;%2&quot; takes the output %3 of %4, which is read as deployed under the stack name &quot;%5&quot;</source>
        <translation>%1: Fn::ImportValue &quot;%2&quot;은(는) %4의 출력 %3을(를) 씁니다. %4은(는) 스택 이름 &quot;%5&quot;(으)로 배포된 것으로 읽습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no template read together exports &quot;%1&quot;</source>
        <translation>함께 읽은 템플릿 중 &quot;%1&quot;을(를) 내보내는 것이 없습니다</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>the template has an unexpected structure (%1)</source>
        <translation>템플릿 구조가 예상과 다릅니다(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the syntax of the functions and sections against the CloudFormation reference</source>
        <translation>CloudFormation 참조 문서와 함수, 섹션 문법을 비교해 확인하세요</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot open the file (%1)</source>
        <translation>파일을 열 수 없습니다(%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the path and the permissions</source>
        <translation>경로와 권한을 확인하세요</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is %1 bytes, over the limit of %2 bytes</source>
        <translation>파일 크기가 %1바이트로 제한(%2바이트)을 넘습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>split the design or template into smaller files</source>
        <translation>설계나 템플릿을 더 작은 파일로 나누세요</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>only CloudFormation templates can be read together, and this is a design file</source>
        <translation>함께 읽을 수 있는 것은 CloudFormation 템플릿뿐인데, 이 파일은 설계 파일입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give one design file, or only templates</source>
        <translation>설계 파일 하나만, 또는 템플릿만 주세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--param sets template parameters, and this is a design file</source>
        <translation>--param은 템플릿 파라미터를 정하는데, 이 파일은 설계 파일입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove --param</source>
        <translation>--param을 빼세요</translation>
    </message>
</context>
<context>
    <name>vpcstudio::CfnMapper</name>
    <message>
        <location filename="../core/cfnmapper.cpp" line="+72"/>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a mapping</source>
        <translation>매핑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2) has no object in the model; it is listed, not drawn</source>
        <translation>%1(%2)은(는) 모델에 대응하는 객체가 없어 목록에만 남기고 그리지 않습니다</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 of %2 is not resolved (%3); it is left empty</source>
        <translation>%2의 %1을(를) 풀 수 없어(%3) 비워 둡니다</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 of %2 names &quot;%3&quot;, which is not a %4 of the templates read; it is left empty</source>
        <translation>%2의 %1이(가) 가리키는 &quot;%3&quot;은(는) 읽은 템플릿의 %4이(가) 아니어서 비워 둡니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no %2</source>
        <translation>%1에 %2이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../core/cfnnetwork.cpp" line="+113"/>
        <source>VPC %1 has no CidrBlock (an IPAM pool gives it at deployment)</source>
        <translation>VPC %1에 CidrBlock이 없습니다(배포할 때 IPAM 풀이 정합니다)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>subnet %1 names no zone; it is drawn in %2, but AWS chooses one at deployment</source>
        <translation>서브넷 %1에 영역이 없어 %2에 그립니다. 실제 영역은 배포할 때 AWS가 고릅니다</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>a rule of %1 has the protocol &quot;%2&quot;, which the model does not know; the rule is left out</source>
        <translation>%1의 규칙 하나가 모델이 모르는 프로토콜 &quot;%2&quot;을(를) 써서 뺐습니다</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a rule of %1 has no IPv4 peer (IPv6 rules are not modelled); it is left out</source>
        <translation>%1의 규칙 하나에 IPv4 상대가 없어 뺐습니다(IPv6 규칙은 모델에 없습니다)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>virtual private gateways are not modelled</source>
        <translation>가상 프라이빗 게이트웨이는 모델에 없습니다</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 adds no IPv4 block (IPv6 is not modelled)</source>
        <translation>%1은(는) IPv4 블록을 더하지 않습니다(IPv6는 모델에 없습니다)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>route %1 has no IPv4 destination (IPv6 is not modelled); it is left out</source>
        <translation>경로 %1에 IPv4 대상이 없어 뺐습니다(IPv6는 모델에 없습니다)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>route %1 leads to a target that is not in the model (a transit gateway, instance, interface or unresolved id); it is left out</source>
        <translation>경로 %1의 대상이 모델에 없는 것(전송 게이트웨이, 인스턴스, 인터페이스, 풀리지 않은 ID)이어서 뺐습니다</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>entry %1 has a protocol or block that the model does not know (IPv6 is not modelled); it is left out</source>
        <translation>항목 %1이(가) 모델이 모르는 프로토콜이나 블록을 써서 뺐습니다(IPv6는 모델에 없습니다)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>main route table of %1</source>
        <translation>%1의 기본 라우팅 테이블</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is the main route table that AWS creates for VPC %2; it contains only the local route</source>
        <translation>%1은(는) AWS가 VPC %2에 만드는 기본 라우팅 테이블이며 로컬 경로만 있습니다</translation>
    </message>
    <message>
        <location filename="../core/cfnservices.cpp" line="+166"/>
        <source>rule %1 names the listener &quot;%2&quot;, which is not in the templates read; it is left out</source>
        <translation>규칙 %1이(가) 가리키는 리스너 &quot;%2&quot;이(가) 읽은 템플릿에 없어 뺐습니다</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>service %1 runs the task definition &quot;%2&quot;, which is not in the templates read; its image is unknown</source>
        <translation>서비스 %1이(가) 실행하는 작업 정의 &quot;%2&quot;이(가) 읽은 템플릿에 없어 이미지를 알 수 없습니다</translation>
    </message>
</context>
<context>
    <name>vpcstudio::CfnMetadata</name>
    <message>
        <location filename="../core/cfnmetadata.cpp" line="+95"/>
        <source>the metadata of %1 gives the id &quot;%2&quot;, which another object has; %1 keeps its logical id</source>
        <translation>%1의 메타데이터가 가리키는 ID &quot;%2&quot;은(는) 다른 객체가 쓰고 있어 %1은(는) 논리 ID를 유지합니다</translation>
    </message>
    <message>
        <location line="+320"/>
        <source>%1: Metadata.VpcStudio is not a mapping; it is ignored</source>
        <translation>%1: Metadata.VpcStudio가 매핑이 아니어서 무시합니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: Metadata.VpcStudio entry %2 names an object that the template no longer has; it is skipped</source>
        <translation>%1: Metadata.VpcStudio 항목 %2이(가) 템플릿에 더 이상 없는 객체를 가리켜 건너뜁니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: Metadata.VpcStudio is not used, because the design reader rejects it (%2)</source>
        <translation>%1: 설계 읽기에서 거부되어 Metadata.VpcStudio를 쓰지 않습니다(%2)</translation>
    </message>
</context>
<context>
    <name>vpcstudio::CfnTemplate</name>
    <message>
        <location filename="../core/cfntemplate.cpp" line="-46"/>
        <source>unknown tag %1</source>
        <translation>알 수 없는 태그 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a CloudFormation function tag such as !Ref, !Sub or !GetAtt</source>
        <translation>!Ref, !Sub, !GetAtt 같은 CloudFormation 함수 태그를 쓰세요</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unrendered placeholder %1</source>
        <translation>채워지지 않은 자리 표시자 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run the template engine that fills it in, or write the value; CloudFormation takes it literally</source>
        <translation>자리 표시자를 채우는 템플릿 엔진을 실행하거나 값을 직접 쓰세요. CloudFormation은 그대로 받아들입니다</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>duplicate logical id &quot;%1&quot;: it names both a parameter and a resource</source>
        <translation>논리 ID &quot;%1&quot;이(가) 중복됩니다: 파라미터와 리소스 이름이 같습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rename the parameter or the resource</source>
        <translation>파라미터나 리소스의 이름을 바꾸세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the template has no Resources</source>
        <translation>템플릿에 Resources가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a Resources section with at least one resource</source>
        <translation>리소스가 하나 이상 있는 Resources 섹션을 추가하세요</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>resource &quot;%1&quot; has no Type</source>
        <translation>리소스 &quot;%1&quot;에 Type이 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add &quot;Type: AWS::Service::Resource&quot;</source>
        <translation>&quot;Type: AWS::Service::Resource&quot;를 추가하세요</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the template is %1 bytes, over CloudFormation&apos;s limit of %2 bytes</source>
        <translation>템플릿이 %1바이트로, CloudFormation의 제한 %2바이트를 넘습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>split it into nested or exporting stacks</source>
        <translation>중첩 스택이나 내보내기를 쓰는 스택으로 나누세요</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this is not a CloudFormation template</source>
        <translation>CloudFormation 템플릿이 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a template has a Resources section</source>
        <translation>템플릿에는 Resources 섹션이 있어야 합니다</translation>
    </message>
</context>
<context>
    <name>vpcstudio::CfnWriter</name>
    <message>
        <location filename="../core/cfnwriter.cpp" line="+217"/>
        <source>the template has %1 resources, more than the %2 CloudFormation accepts in one stack; split the design into several stacks</source>
        <translation>템플릿의 리소스가 %1개로, CloudFormation이 한 스택에 받는 %2개보다 많습니다. 설계를 여러 스택으로 나누세요</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the template is %1 bytes, more than the %2 bytes CloudFormation accepts; split the design into several stacks</source>
        <translation>템플릿이 %1바이트로, CloudFormation이 받는 %2바이트보다 큽니다. 설계를 여러 스택으로 나누세요</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the template is %1 bytes, more than the %2 bytes CloudFormation accepts inline; upload it to S3 and deploy it from there</source>
        <translation>템플릿이 %1바이트로, CloudFormation이 직접 받는 %2바이트보다 큽니다. S3에 올린 뒤 그곳에서 배포하세요</translation>
    </message>
    <message>
        <location filename="../core/cfnwriternetwork.cpp" line="+57"/>
        <source>VPC %1 has no CIDR block, so the template leaves it out; give it a block such as 10.0.0.0/16</source>
        <translation>VPC %1에 CIDR 블록이 없어 템플릿에서 뺐습니다. 10.0.0.0/16 같은 블록을 지정하세요</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>public NAT gateway %1 has no Elastic IP; the template allocates one</source>
        <translation>퍼블릭 NAT 게이트웨이 %1에 탄력적 IP가 없어 템플릿이 하나를 할당합니다</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>route table %1 has a route to %2 without a target (a blackhole), which CloudFormation cannot create; the template leaves it out</source>
        <translation>라우팅 테이블 %1에 대상이 없는 %2 경로(블랙홀)가 있는데, CloudFormation은 이를 만들 수 없어 템플릿에서 뺐습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>route table %1 sends %2 to &quot;%3&quot;, which is no gateway, NAT gateway or peering of the design; the template leaves this route out</source>
        <translation>라우팅 테이블 %1이(가) %2을(를) &quot;%3&quot;(으)로 보내지만, 이는 설계의 게이트웨이, NAT 게이트웨이, 피어링 중 어느 것도 아니어서 템플릿에서 이 경로를 뺐습니다</translation>
    </message>
    <message>
        <location filename="../core/cfnwriterservices.cpp" line="+209"/>
        <source>ECR repository %1 is named &quot;%2&quot;, which ECR does not accept, so CloudFormation chooses its name; use lowercase letters, digits and . _ - /</source>
        <translation>ECR 리포지토리 %1의 이름 &quot;%2&quot;은(는) ECR이 받지 않아 CloudFormation이 이름을 정합니다. 소문자, 숫자, . _ - / 만 쓰세요</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>ECS service %1 has no image, so the template leaves it out; give it an image such as nginx:latest</source>
        <translation>ECS 서비스 %1에 이미지가 없어 템플릿에서 뺐습니다. nginx:latest 같은 이미지를 지정하세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ECS service %1 uses the EC2 launch type; the template makes no container instances, so add them to its cluster</source>
        <translation>ECS 서비스 %1은(는) EC2 시작 유형을 씁니다. 템플릿은 컨테이너 인스턴스를 만들지 않으니 클러스터에 직접 추가하세요</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>target group %1 of ECS service %2 has no listener, and ECS rejects it; forward a listener or rule to it</source>
        <translation>ECS 서비스 %2의 대상 그룹 %1에 리스너가 없어 ECS가 거부합니다. 리스너나 규칙이 이 대상 그룹으로 전달하게 하세요</translation>
    </message>
</context>
<context>
    <name>vpcstudio::Cidr</name>
    <message>
        <location filename="../core/cidr.cpp" line="+50"/>
        <source>an IPv4 address has four parts separated by dots</source>
        <translation>IPv4 주소는 점으로 구분된 네 부분으로 이루어집니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a number from 0 to 255 without leading zeros</source>
        <translation>&quot;%1&quot;은(는) 0에서 255 사이의 숫자가 아니거나 앞에 0이 붙어 있습니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a CIDR block needs a prefix length, as in 10.0.0.0/16</source>
        <translation>CIDR 블록에는 10.0.0.0/16처럼 접두사 길이가 있어야 합니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the prefix length must be a number from 0 to 32</source>
        <translation>접두사 길이는 0에서 32 사이의 숫자여야 합니다</translation>
    </message>
</context>
<context>
    <name>vpcstudio::CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+106"/>
        <source>%1 needs a design FILE</source>
        <translation>%1 명령에는 설계 FILE이 필요합니다</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>validate takes no --output or --type; did you mean export?</source>
        <translation>validate에는 --output이나 --type을 쓸 수 없습니다; export를 실행하려던 것인가요?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format &quot;%1&quot;; use text, json or sarif</source>
        <translation>알 수 없는 형식 &quot;%1&quot;; text, json, sarif 중 하나를 쓰세요</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>export needs --output OUT</source>
        <translation>export에는 --output OUT이 필요합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export takes no --format; use --type</source>
        <translation>export에는 --format을 쓸 수 없습니다; --type을 쓰세요</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+29"/>
        <source>; choose a file in a folder you can write to</source>
        <translation>; 쓰기 권한이 있는 폴더의 파일을 고르세요</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Usage:
  vpcstudio [FILE]                 open the designer; no FILE: the bundled example
  vpcstudio validate FILE [--format text|json|sarif] [--param NAME=VALUE]
                                   check a design; exit 0 when it has no errors, 1 when it has
  vpcstudio export FILE --output OUT [--type png|svg|pdf|design|cloudformation]
                   [--scale N]
                                   write the diagram as PNG, SVG or PDF, the design as YAML,
                                   or a CloudFormation template; without --type, the suffix
                                   of OUT decides; --scale sets the PNG&apos;s pixels per canvas
                                   unit (default 2)
  vpcstudio trace FILE --from ENDPOINT --to ENDPOINT [--port N] [--source-port N]
                  [--protocol tcp|udp|icmp] [--path PATH] [--format text|json]
                                   trace one flow hop by hop; exit 0 when it is reachable, 1 when it is blocked
  vpcstudio flows FILE [--format text|json]
                                   trace every flow the design names; exit 0 when all are reachable, 1 when any is blocked
  vpcstudio --version | --help

FILE is a design file or a CloudFormation template (YAML or JSON). Several
templates in place of FILE are read as stacks of one design, whose exports
resolve each other&apos;s Fn::ImportValue. --param NAME=VALUE sets a template
parameter and can be repeated; AWS::Region defaults to us-east-1.

ENDPOINT is internet, an object id, a Cloud Map name such as api.internal, an
AWS service name (s3, dynamodb, ecr.api, ecr.dkr, logs) or an IPv4 address;
ENDPOINT:PORT sets the port. --port defaults to the port
after --to, else the service&apos;s container port or the load balancer&apos;s first
listener, else 443. --source-port defaults to 49152.

Every verb exits with 2 when its input is unusable and prints one line
naming the file, line and column, and what to do.
</source>
        <translation>사용법:
  vpcstudio [FILE]                 설계 편집기를 엽니다. FILE이 없으면 내장 예제를 엽니다
  vpcstudio validate FILE [--format text|json|sarif] [--param NAME=VALUE]
                                   설계를 검사합니다. 오류가 없으면 0, 있으면 1로 종료합니다
  vpcstudio export FILE --output OUT [--type png|svg|pdf|design|cloudformation]
                   [--scale N]
                                   다이어그램을 PNG, SVG, PDF로, 설계를 YAML로, 또는
                                   CloudFormation 템플릿으로 저장합니다. --type이 없으면
                                   OUT의 확장자로 정합니다. --scale은 PNG의 캔버스 단위당
                                   픽셀 수입니다(기본값 2)
  vpcstudio trace FILE --from ENDPOINT --to ENDPOINT [--port N] [--source-port N]
                  [--protocol tcp|udp|icmp] [--path PATH] [--format text|json]
                                   흐름 하나를 홉 단위로 추적합니다. 도달 가능하면 0, 차단되면 1로 종료합니다
  vpcstudio flows FILE [--format text|json]
                                   설계에 정의된 모든 흐름을 추적합니다. 모두 도달 가능하면 0,
                                   하나라도 차단되면 1로 종료합니다
  vpcstudio --version | --help

FILE은 설계 파일이나 CloudFormation 템플릿(YAML 또는 JSON)입니다. FILE 자리에
템플릿을 여러 개 주면 한 설계의 스택들로 읽으며, 각 스택의 내보내기가 서로의
Fn::ImportValue를 풀어 줍니다. --param NAME=VALUE는 템플릿 파라미터를 정하며
여러 번 쓸 수 있습니다. AWS::Region의 기본값은 us-east-1입니다.

ENDPOINT는 internet, 객체 id, api.internal 같은 Cloud Map 이름, AWS 서비스 이름
(s3, dynamodb, ecr.api, ecr.dkr, logs), IPv4 주소 중 하나입니다. ENDPOINT:PORT
형식으로 포트를 지정할 수 있습니다. --port의 기본값은 --to에 붙은 포트이고,
없으면 서비스의 컨테이너 포트나 로드 밸런서의 첫 리스너 포트, 둘 다 없으면
443입니다. --source-port의 기본값은 49152입니다.

모든 명령은 입력을 사용할 수 없으면 종료 코드 2로 끝나며, 파일, 줄, 열과
해결 방법을 담은 한 줄을 출력합니다.
</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>--param &quot;%1&quot; is not NAME=VALUE</source>
        <translation>--param &quot;%1&quot;은(는) NAME=VALUE 형식이 아닙니다</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>--%1 &quot;%2&quot; is not a port; use a number from 0 to 65535</source>
        <translation>--%1 값 &quot;%2&quot;은(는) 포트가 아닙니다; 0에서 65535 사이의 숫자를 쓰세요</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>trace needs --from ENDPOINT and --to ENDPOINT</source>
        <translation>trace에는 --from ENDPOINT와 --to ENDPOINT가 필요합니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown protocol &quot;%1&quot;; use tcp, udp or icmp</source>
        <translation>알 수 없는 프로토콜 &quot;%1&quot;; tcp, udp, icmp 중 하나를 쓰세요</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 takes no --output or --type</source>
        <translation>%1에는 --output이나 --type을 쓸 수 없습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown format &quot;%1&quot;; use text or json</source>
        <translation>알 수 없는 형식 &quot;%1&quot;; text나 json을 쓰세요</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>flows takes no --%1; it traces the flows of the design, and trace takes one flow</source>
        <translation>flows에는 --%1을(를) 쓸 수 없습니다; flows는 설계에 정의된 흐름을 모두 추적하며, 흐름 하나는 trace로 추적하세요</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Output format: text or json; validate also takes sarif.</source>
        <translation>출력 형식: text 또는 json이며, validate는 sarif도 받습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File that export writes.</source>
        <translation>export가 저장할 파일입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>cannot tell the export type from &quot;%1&quot;; add --type png, svg, pdf, design or cloudformation</source>
        <translation>&quot;%1&quot;에서 내보내기 형식을 알 수 없습니다. --type png, svg, pdf, design, cloudformation 중 하나를 붙이세요</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown export type &quot;%1&quot;; use png, svg, pdf, design or cloudformation</source>
        <translation>알 수 없는 내보내기 형식 &quot;%1&quot;입니다. png, svg, pdf, design, cloudformation 중 하나를 쓰세요</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--scale applies to PNG only; SVG and PDF are drawn at any size</source>
        <translation>--scale은 PNG에만 적용됩니다. SVG와 PDF는 어떤 크기로도 그려집니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--scale &quot;%1&quot; is not a scale; use a number from %2 to %3</source>
        <translation>--scale &quot;%1&quot;은(는) 배율이 아닙니다. %2에서 %3 사이의 수를 쓰세요</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>What export writes: png, svg, pdf, design or cloudformation; by default the output&apos;s suffix decides.</source>
        <translation>export가 쓸 형식: png, svg, pdf, design, cloudformation. 지정하지 않으면 출력 파일의 확장자로 정합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pixels per canvas unit of an exported PNG (default 2).</source>
        <translation>내보낸 PNG의 캔버스 단위당 픽셀 수(기본값 2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the traced flow starts.</source>
        <translation>추적할 흐름의 시작 지점입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>endpoint</source>
        <translation>엔드포인트</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Where the traced flow goes.</source>
        <translation>추적할 흐름의 도착 지점입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destination port of the traced flow.</source>
        <translation>추적할 흐름의 대상 포트입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Source port of the traced flow, where its replies return.</source>
        <translation>추적할 흐름의 소스 포트이며, 응답이 이 포트로 돌아옵니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protocol of the traced flow: tcp, udp or icmp.</source>
        <translation>추적할 흐름의 프로토콜: tcp, udp 또는 icmp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP request path of the traced flow, for load balancer rules.</source>
        <translation>로드 밸런서 규칙 판정에 쓰는, 추적할 흐름의 HTTP 요청 경로입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path</source>
        <translation>경로</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value of a CloudFormation template parameter, as NAME=VALUE; repeat it for more parameters.</source>
        <translation>CloudFormation 템플릿 파라미터의 값(NAME=VALUE). 파라미터가 여럿이면 반복해서 씁니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name=value</source>
        <translation>name=value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version.</source>
        <translation>버전을 표시합니다.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>unknown verb &quot;%1&quot;</source>
        <translation>알 수 없는 명령 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>vpcstudio::DesignBuild</name>
    <message>
        <location filename="../core/designbuild.cpp" line="+67"/>
        <source>a VPC cannot sit inside another VPC; drop it on empty space</source>
        <translation>VPC는 다른 VPC 안에 둘 수 없습니다; 빈 공간에 놓으세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every private /16 block is taken by another VPC</source>
        <translation>사용할 수 있는 프라이빗 /16 블록을 모두 다른 VPC가 쓰고 있습니다</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a subnet belongs in an availability zone column of a VPC</source>
        <translation>서브넷은 VPC의 가용 영역 열 안에 놓아야 합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VPC %1 has no free block of /28 or larger left</source>
        <translation>VPC %1에 /28 이상의 빈 블록이 남아 있지 않습니다</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>VPC %1 already has internet gateway %2; a VPC takes one</source>
        <translation>VPC %1에는 이미 인터넷 게이트웨이 %2이(가) 있습니다; VPC당 하나만 연결할 수 있습니다</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the %1 belongs to a VPC; drop it inside one</source>
        <translation>%1은(는) VPC에 속합니다; VPC 안에 놓으세요</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the %1 runs in a subnet; drop it into one</source>
        <translation>%1은(는) 서브넷에서 실행됩니다; 서브넷 안에 놓으세요</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the %1 lives outside every VPC; drop it on empty space</source>
        <translation>%1은(는) 모든 VPC 바깥에 있습니다; 빈 공간에 놓으세요</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subnet</source>
        <translation>서브넷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internet gateway</source>
        <translation>인터넷 게이트웨이</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAT gateway</source>
        <translation>NAT 게이트웨이</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>route table</source>
        <translation>라우팅 테이블</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>security group</source>
        <translation>보안 그룹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network ACL</source>
        <translation>네트워크 ACL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load balancer</source>
        <translation>로드 밸런서</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECS service</source>
        <translation>ECS 서비스</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interface endpoint</source>
        <translation>인터페이스 엔드포인트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gateway endpoint</source>
        <translation>게이트웨이 엔드포인트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECR repository</source>
        <translation>ECR 리포지토리</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloud Map namespace</source>
        <translation>Cloud Map 네임스페이스</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internet</source>
        <translation>인터넷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>external API</source>
        <translation>외부 API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>container registry</source>
        <translation>컨테이너 레지스트리</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CI pipeline</source>
        <translation>CI 파이프라인</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unknown kind</source>
        <translation>알 수 없는 종류</translation>
    </message>
    <message>
        <location line="+315"/>
        <source>the peered VPC has no block to route to</source>
        <translation>피어링된 VPC에 라우팅할 블록이 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only gateway endpoints take routes; interface endpoints sit in subnets</source>
        <translation>경로 대상은 게이트웨이 엔드포인트만 될 수 있습니다; 인터페이스 엔드포인트는 서브넷 안에 둡니다</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the route table belongs to another VPC</source>
        <translation>라우팅 테이블이 다른 VPC에 속합니다</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the subnet belongs to another VPC</source>
        <translation>서브넷이 다른 VPC에 속합니다</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>drag to another object to connect them</source>
        <translation>연결하려면 다른 객체로 드래그하세요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot connect %1 (%2) with %3 (%4)</source>
        <translation>%1(%2)과(와) %3(%4)은(는) 연결할 수 없습니다</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>%1 already runs in %2</source>
        <translation>%1은(는) 이미 %2에서 실행됩니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not run in %2</source>
        <translation>%1은(는) %2에서 실행되지 않습니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>drop it in another subnet</source>
        <translation>다른 서브넷에 놓으세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot move to a subnet of another VPC</source>
        <translation>%1은(는) 다른 VPC의 서브넷으로 옮길 수 없습니다</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 does not sit in a subnet</source>
        <translation>%1은(는) 서브넷 안에 있지 않습니다</translation>
    </message>
</context>
<context>
    <name>vpcstudio::DesignDocument</name>
    <message>
        <location filename="../ui/designdocument.cpp" line="+54"/>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>객체 %n개 삭제</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vpcstudio::DesignReader</name>
    <message>
        <location filename="../core/designreader.cpp" line="+103"/>
        <source>%1 must be a port or a range such as 1024-65535, not &quot;%2&quot;</source>
        <translation>%1은(는) 포트나 1024-65535 같은 범위여야 합니다(현재 값: &quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write port numbers, not service names</source>
        <translation>서비스 이름이 아닌 포트 번호를 쓰세요</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot;은(는) 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/nodereader.cpp" line="+101"/>
        <source>start each entry with &quot;- &quot;</source>
        <translation>각 항목을 &quot;- &quot;로 시작하세요</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the id &quot;%1&quot; is already used at line %2</source>
        <translation>id &quot;%1&quot;은(는) 이미 %2행에서 사용 중입니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give every object its own id</source>
        <translation>객체마다 고유한 id를 지정하세요</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 names &quot;%2&quot;, which does not exist</source>
        <translation>%1에 지정한 &quot;%2&quot;이(가) 존재하지 않습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 names &quot;%2&quot;, which is a %3, not a %4</source>
        <translation>%1에 지정한 &quot;%2&quot;은(는) %4이(가) 아닌 %3입니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add a %1 with that id or correct the id</source>
        <translation>그 id로 %1을(를) 추가하거나 id를 고치세요</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>VPC %1 has no CIDR block</source>
        <translation>VPC %1에 CIDR 블록이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add &quot;cidrBlocks: [10.0.0.0/16]&quot; or another block</source>
        <translation>&quot;cidrBlocks: [10.0.0.0/16]&quot; 또는 다른 블록을 추가하세요</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 has no &quot;ports&quot;</source>
        <translation>%1에 &quot;ports&quot;가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add &quot;ports: 443&quot; or a range such as &quot;ports: 1024-65535&quot;</source>
        <translation>&quot;ports: 443&quot; 또는 &quot;ports: 1024-65535&quot; 같은 범위를 추가하세요</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 needs exactly one of cidr, prefixList or group</source>
        <translation>%1에는 cidr, prefixList, group 중 정확히 하나가 있어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say where the traffic comes from or goes to</source>
        <translation>트래픽이 어디서 오는지 또는 어디로 가는지 지정하세요</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>the flow endpoint &quot;%1&quot; is a %2, where traffic cannot start or end</source>
        <translation>흐름 엔드포인트 &quot;%1&quot;은(는) 트래픽이 시작하거나 끝날 수 없는 %2입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a service, load balancer, gateway, outside party or address</source>
        <translation>서비스, 로드 밸런서, 게이트웨이, 외부 호스트, 주소 중 하나를 쓰세요</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the flow endpoint &quot;%1&quot; is not an object id, a Cloud Map name, an AWS service name or an IPv4 address</source>
        <translation>흐름 끝점 &quot;%1&quot;은(는) 객체 ID, Cloud Map 이름, AWS 서비스 이름, IPv4 주소 중 어느 것도 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use the id of an object in this design</source>
        <translation>이 설계에 있는 객체의 id를 쓰세요</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>layout must map object ids to [x, y, width, height]</source>
        <translation>layout은 객체 id를 [x, y, width, height]에 매핑해야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write entries such as &quot;vpc-main: [0, 0, 800, 600]&quot;</source>
        <translation>&quot;vpc-main: [0, 0, 800, 600]&quot; 같은 항목을 쓰세요</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the layout of %1 must be four numbers: x and y within ±1,000,000, width and height from above 0 to 100,000</source>
        <translation>%1의 layout은 숫자 네 개여야 합니다: x와 y는 ±1,000,000 이내, width와 height는 0보다 크고 100,000 이하</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write [x, y, width, height]</source>
        <translation>[x, y, width, height] 형식으로 쓰세요</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the design</source>
        <translation>설계</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a VPC Studio design of format version %1</source>
        <translation>형식 버전 %1의 VPC Studio 설계가 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start the file with &quot;vpcstudio: 1&quot;</source>
        <translation>파일을 &quot;vpcstudio: 1&quot;로 시작하세요</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start a design with &quot;vpcstudio: 1&quot;</source>
        <translation>&quot;vpcstudio: 1&quot;로 설계를 시작하세요</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>check the value at this place</source>
        <translation>이 위치의 값을 확인하세요</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open the file (%1)</source>
        <translation>파일을 열 수 없습니다(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the path and the permissions</source>
        <translation>경로와 권한을 확인하세요</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is %1 bytes, over the limit of %2 bytes</source>
        <translation>파일 크기가 %1바이트로 제한(%2바이트)을 넘습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>split the design or remove unused parts</source>
        <translation>설계를 나누거나 사용하지 않는 부분을 삭제하세요</translation>
    </message>
    <message>
        <location filename="../core/nodereader.cpp" line="-61"/>
        <source>%1 must be a single value, not a list or mapping</source>
        <translation>%1은(는) 목록이나 매핑이 아닌 단일 값이어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write it as plain text</source>
        <translation>일반 텍스트로 쓰세요</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be a port number from 0 to 65535, not %2</source>
        <translation>%1은(는) 0에서 65535 사이의 포트 번호여야 합니다(현재 값: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the number, for example 443 for HTTPS</source>
        <translation>숫자로 쓰세요(예: HTTPS는 443)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be a mapping of keys to values</source>
        <translation>%1은(는) 키와 값의 매핑이어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write it as &quot;key: value&quot; lines</source>
        <translation>&quot;key: value&quot; 형식의 줄로 쓰세요</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1.%2 must be a list</source>
        <translation>%1.%2은(는) 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has no &quot;%2&quot;</source>
        <translation>%1에 &quot;%2&quot; 항목이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add &quot;%1: ...&quot; to it</source>
        <translation>&quot;%1: ...&quot; 줄을 추가하세요</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 must be a whole number from %2 to %3, not %4</source>
        <translation>%1은(는) %2에서 %3 사이의 정수여야 합니다(현재 값: %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write a number in that range</source>
        <translation>그 범위의 숫자를 쓰세요</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 must be true or false, not %2</source>
        <translation>%1은(는) true나 false여야 합니다(현재 값: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write true or false</source>
        <translation>true나 false를 쓰세요</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be a list</source>
        <translation>%1은(는) 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write it as [a, b] or as lines starting with &quot;- &quot;</source>
        <translation>[a, b] 형식이나 &quot;- &quot;로 시작하는 줄로 쓰세요</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 must be one of %2, not %3</source>
        <translation>%1은(는) %2 중 하나여야 합니다(현재 값: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use one of the listed values</source>
        <translation>나열된 값 중 하나를 쓰세요</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown key &quot;%1&quot; in %2</source>
        <translation>%2에 알 수 없는 키 &quot;%1&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check its spelling against docs/design-format.md</source>
        <translation>docs/design-format.md를 보고 철자를 확인하세요</translation>
    </message>
</context>
<context>
    <name>vpcstudio::DesignWriter</name>
    <message>
        <location filename="../core/designwriter.cpp" line="+342"/>
        <source>it exists and is not a regular file</source>
        <translation>이미 있으며 일반 파일이 아닙니다</translation>
    </message>
</context>
<context>
    <name>vpcstudio::FlowRules</name>
    <message>
        <location filename="../core/flowrules.cpp" line="+43"/>
        <source>flow %1 (%2 → %3, %4 %5) is blocked at %6</source>
        <translation>흐름 %1(%2 → %3, %4 %5)이(가) %6에서 차단됩니다</translation>
    </message>
</context>
<context>
    <name>vpcstudio::FlowsEditor</name>
    <message>
        <location filename="../ui/flowspanel.cpp" line="+44"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>출발지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>목적지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>new flow</source>
        <translation>새 흐름</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit flows</source>
        <translation>흐름 편집</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>reachable</source>
        <translation>도달 가능</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked at %1: %2</source>
        <translation>%1에서 차단됨: %2</translation>
    </message>
</context>
<context>
    <name>vpcstudio::FlowsPanel</name>
    <message>
        <location line="+50"/>
        <location line="+4"/>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked</source>
        <translation>검사 항목</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move packets along the selected flow, or along every flow when none is selected</source>
        <translation>선택한 흐름을 따라 패킷을 움직입니다. 선택한 흐름이 없으면 모든 흐름을 따라 움직입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the packets on by one hop</source>
        <translation>패킷을 한 홉 앞으로 움직입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1× speed</source>
        <translation>%1배속</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>listener</source>
        <translation>리스너</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internet</source>
        <translation>인터넷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS service</source>
        <translation>AWS 서비스</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (reply)</source>
        <translation> (응답)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pass</source>
        <translation>통과</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>block</source>
        <translation>차단</translation>
    </message>
</context>
<context>
    <name>vpcstudio::GlossaryDialog</name>
    <message>
        <location filename="../ui/glossarydialog.cpp" line="+41"/>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter terms</source>
        <translation>용어 거르기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>용어</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>뜻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a term to open its lesson</source>
        <translation>용어를 누르면 해당 강의가 열립니다</translation>
    </message>
</context>
<context>
    <name>vpcstudio::Inspector</name>
    <message>
        <location filename="../ui/inspector.cpp" line="+30"/>
        <source>%1 has host bits set; its network is %2</source>
        <translation>%1에 호스트 비트가 설정되어 있습니다; 네트워크 주소는 %2입니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a CIDR block is required, such as 10.0.0.0/16</source>
        <translation>CIDR 블록이 필요합니다(예: 10.0.0.0/16)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>availability zone</source>
        <translation>가용 영역</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subnet</source>
        <translation>서브넷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>route table</source>
        <translation>라우팅 테이블</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internet gateway</source>
        <translation>인터넷 게이트웨이</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAT gateway</source>
        <translation>NAT 게이트웨이</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>security group</source>
        <translation>보안 그룹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network ACL</source>
        <translation>네트워크 ACL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VPC endpoint</source>
        <translation>VPC 엔드포인트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VPC peering</source>
        <translation>VPC 피어링</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target group</source>
        <translation>대상 그룹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load balancer</source>
        <translation>로드 밸런서</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECS cluster</source>
        <translation>ECS 클러스터</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECS service</source>
        <translation>ECS 서비스</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECR repository</source>
        <translation>ECR 리포지토리</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloud Map namespace</source>
        <translation>Cloud Map 네임스페이스</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloud Map service</source>
        <translation>Cloud Map 서비스</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside party</source>
        <translation>외부 당사자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CI pipeline</source>
        <translation>CI 파이프라인</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flow</source>
        <translation>흐름</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Select an object on the canvas to edit it.</source>
        <translation>편집할 객체를 캔버스에서 선택하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;%1 of %2 selected objects&lt;/b&gt; · %3 (an edit changes these %1; the others are of other kinds)</source>
        <translation>&lt;b&gt;선택한 객체 %2개 중 %1개&lt;/b&gt; · %3 (편집하면 이 %1개가 바뀝니다. 나머지는 다른 종류입니다)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1 objects&lt;/b&gt; · %2 (an edit changes all of them)</source>
        <translation>&lt;b&gt;객체 %1개&lt;/b&gt; · %2 (편집하면 모두 바뀝니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1 objects&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;객체 %1개&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CIDR block</source>
        <translation>CIDR 블록</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+161"/>
        <source>Route table</source>
        <translation>라우팅 테이블</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+161"/>
        <source>(the VPC&apos;s main table)</source>
        <translation>(VPC 기본 라우팅 테이블)</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+161"/>
        <source>Network ACL</source>
        <translation>네트워크 ACL</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+161"/>
        <source>(the VPC&apos;s default ACL)</source>
        <translation>(VPC 기본 네트워크 ACL)</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+161"/>
        <source>Public IP on launch</source>
        <translation>퍼블릭 IP 자동 할당</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>CIDR blocks</source>
        <translation>CIDR 블록</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registry</source>
        <translation>레지스트리</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(from the image name)</source>
        <translation>(이미지 이름에서 결정)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>Desired tasks</source>
        <translation>원하는 태스크 수</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Container port</source>
        <translation>컨테이너 포트</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>Assign public IP</source>
        <translation>퍼블릭 IP 할당</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Cloud Map name</source>
        <translation>Cloud Map 이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+152"/>
        <source>Security groups</source>
        <translation>보안 그룹</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+155"/>
        <source>Scheme</source>
        <translation>체계</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Elastic IP</source>
        <translation>탄력적 IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached to</source>
        <translation>연결된 VPC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(detached)</source>
        <translation>(분리됨)</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Select one object to edit its fields.</source>
        <translation>필드를 편집하려면 객체를 하나만 선택하세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Routes</source>
        <translation>경로</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbound rules</source>
        <translation>인바운드 규칙</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound rules</source>
        <translation>아웃바운드 규칙</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbound entries</source>
        <translation>인바운드 항목</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound entries</source>
        <translation>아웃바운드 항목</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listeners and rules</source>
        <translation>리스너 및 규칙</translation>
    </message>
</context>
<context>
    <name>vpcstudio::LessonPanel</name>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="+107"/>
        <source>Show on canvas</source>
        <translation>캔버스에서 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the lesson&apos;s design and select what the lesson is about</source>
        <translation>강의의 설계를 열고 강의가 다루는 객체를 선택합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play flow</source>
        <translation>흐름 재생</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animate the lesson&apos;s flows on the canvas</source>
        <translation>강의의 흐름을 캔버스에서 움직여 보여 줍니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start challenge</source>
        <translation>도전 시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a broken design to fix; the verdict follows every edit</source>
        <translation>고칠 고장 난 설계를 엽니다. 판정은 편집할 때마다 바뀝니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hint</source>
        <translation>힌트</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Challenge solved</source>
        <translation>도전 해결</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Challenge: %1 (solved)</source>
        <translation>도전: %1 (해결함)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenge: %1</source>
        <translation>도전: %1</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>You have solved this challenge. Start it again to practise.</source>
        <translation>이 도전은 이미 해결했습니다. 연습하려면 다시 시작하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the challenge to load the broken design.</source>
        <translation>도전을 시작하면 고장 난 설계를 불러옵니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking...</source>
        <translation>검사 중...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b style=&quot;color:#1b7a35&quot;&gt;Solved!&lt;/b&gt; Every goal is met.</source>
        <translation>&lt;b style=&quot;color:#1b7a35&quot;&gt;해결!&lt;/b&gt; 모든 목표를 달성했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b style=&quot;color:#b3261e&quot;&gt;Not solved yet.&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#b3261e&quot;&gt;아직 해결하지 못했습니다.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>vpcstudio::Lessons</name>
    <message>
        <location filename="../core/lessons.cpp" line="-22"/>
        <source>cannot open the file (%1)</source>
        <translation>파일을 열 수 없습니다(%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the lessons folder is complete</source>
        <translation>강의 폴더에 빠진 파일이 없는지 확인하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is %1 bytes, over the limit of %2 bytes</source>
        <translation>파일 크기가 %1바이트로 제한(%2바이트)을 넘습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shorten the file</source>
        <translation>파일을 줄이세요</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a goal flow</source>
        <translation>목표 흐름</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the goal is empty</source>
        <translation>목표가 비어 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list rule ids under quietRules or flows under flows</source>
        <translation>quietRules 아래에 규칙 ID를, flows 아래에 흐름을 적으세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 → %2 on port %3</source>
        <translation>포트 %3의 %1 → %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 → %2 cannot be traced: %3</source>
        <translation>%1 → %2을(를) 추적할 수 없습니다: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is blocked, as it should be</source>
        <translation>%1은(는) 의도대로 차단됩니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gets through, but it must be blocked</source>
        <translation>%1이(가) 통과하지만 차단되어야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is blocked at %2 (%3)</source>
        <translation>%1이(가) %2에서 차단됩니다(%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 gets through, but not by %2</source>
        <translation>%1이(가) 통과하지만 %2을(를) 거치지 않습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gets through</source>
        <translation>%1이(가) 통과합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 still fires: %2</source>
        <translation>%1이(가) 아직 발생합니다: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 no longer fires</source>
        <translation>%1이(가) 더 이상 발생하지 않습니다</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>check the value at this place</source>
        <translation>이 위치의 값을 확인하세요</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the lesson index</source>
        <translation>강의 목록</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a lesson</source>
        <translation>강의</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the lesson id %1 is used twice</source>
        <translation>강의 ID %1이(가) 두 번 쓰였습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give each lesson its own id</source>
        <translation>강의마다 다른 ID를 주세요</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the challenge</source>
        <translation>도전</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a glossary term</source>
        <translation>용어집 항목</translation>
    </message>
</context>
<context>
    <name>vpcstudio::ListenerRulesEditor</name>
    <message>
        <location filename="../ui/ruleeditors.cpp" line="+9"/>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paths</source>
        <translation>경로 패턴</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target group</source>
        <translation>대상 그룹</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Edit listeners of %1</source>
        <translation>%1 리스너 편집</translation>
    </message>
</context>
<context>
    <name>vpcstudio::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+107"/>
        <location line="+8"/>
        <source>Move %1 to %2</source>
        <translation>%1을(를) %2(으)로 이동</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cannot move %1: %2</source>
        <translation>%1을(를) 옮길 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Move %n object(s)</source>
        <translation>
            <numerusform>객체 %n개 이동</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+203"/>
        <source>Zoom %1 %</source>
        <translation>배율 %1 %</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open...</source>
        <translation>열기(&amp;O)...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Example</source>
        <translation>예제 열기(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As...</source>
        <translation>다른 이름으로 저장(&amp;A)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Picture (PNG, SVG, PDF)...</source>
        <translation>그림(PNG, SVG, PDF)(&amp;P)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;CloudFormation Template...</source>
        <translation>CloudFormation 템플릿(&amp;C)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;nnect Selected</source>
        <translation>선택한 객체 연결(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select exactly two objects to connect them</source>
        <translation>연결할 객체를 정확히 두 개 선택하세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit Diagram</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show All &amp;Associations</source>
        <translation>모든 연결 보기(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw the links of every route table, security group and Cloud Map namespace; otherwise only the selection&apos;s links are drawn</source>
        <translation>모든 라우팅 테이블, 보안 그룹, Cloud Map 네임스페이스의 연결을 그립니다. 끄면 선택한 객체의 연결만 그립니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Arrange</source>
        <translation>배치(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrange &amp;Automatically</source>
        <translation>자동 배치(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrange automatically</source>
        <translation>자동 배치</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Align &amp;Left</source>
        <translation>왼쪽 정렬(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Top</source>
        <translation>위쪽 정렬(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lessons</source>
        <translation>강의(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Glossary</source>
        <translation>용어집(&amp;G)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About VPC Studio</source>
        <translation>VPC Studio 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Style</source>
        <translation>스타일(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;AWS Icons</source>
        <translation>AWS 아이콘(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;partment</source>
        <translation>아파트(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;witch Style</source>
        <translation>스타일 전환(&amp;W)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;System Language</source>
        <translation>시스템 언어(&amp;S)</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+32"/>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+32"/>
        <source>Objects</source>
        <translation>객체</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+32"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+23"/>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+34"/>
        <source>Palette</source>
        <translation>팔레트</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+276"/>
        <source>Lessons</source>
        <translation>강의</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>Cannot add the %1 here: %2</source>
        <translation>여기에 %1을(를) 추가할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect %1 and %2</source>
        <translation>%1와(과) %2 연결</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect: %1</source>
        <translation>연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select two or more outside parties to align them</source>
        <translation>정렬할 외부 호스트를 두 개 이상 선택하세요</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Align %n object(s)</source>
        <translation>
            <numerusform>객체 %n개 정렬</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Copied %n object(s)</source>
        <translation>
            <numerusform>객체 %n개를 복사했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Paste %n object(s)</source>
        <translation>
            <numerusform>객체 %n개 붙여넣기</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>also removed %1</source>
        <translation>%1도 함께 지웠습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed %1, which used it</source>
        <translation>이를 쓰던 %1을(를) 바꿨습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted %1; %2</source>
        <translation>%1을(를) 지웠습니다. %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>. </translation>
    </message>
    <message numerus="yes">
        <location line="+338"/>
        <source>Imported the CloudFormation template %1: %n note(s), listed by &quot;vpcstudio validate&quot;</source>
        <translation>
            <numerusform>CloudFormation 템플릿 %1을(를) 가져왔습니다: 참고 사항 %n개, &quot;vpcstudio validate&quot;로 볼 수 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Designs and CloudFormation templates (*.yaml *.yml *.json *.template);;All files (*)</source>
        <translation>설계와 CloudFormation 템플릿 (*.yaml *.yml *.json *.template);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg);;PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pixels per canvas unit (2 is sharp on most screens):</source>
        <translation>캔버스 단위당 픽셀 수(대부분의 화면에서 2면 선명합니다):</translation>
    </message>
    <message>
        <location line="-595"/>
        <location line="+199"/>
        <source>Inspector</source>
        <translation>속성</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+216"/>
        <source>Flows</source>
        <translation>흐름</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+228"/>
        <source>Reachability</source>
        <translation>도달 가능성</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The reachability matrix shows up to %1 services and load balancers together; trace single flows in the Flows panel</source>
        <translation>도달 가능성 행렬은 서비스와 로드 밸런서를 합해 %1개까지 표시합니다; 개별 흐름은 흐름 패널에서 추적하세요</translation>
    </message>
    <message>
        <location line="-320"/>
        <location line="+332"/>
        <source>Addresses</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="-504"/>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <location line="+540"/>
        <source>Checking...</source>
        <translation>검사 중...</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save Design</source>
        <translation>설계 저장</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Designs (*.yaml *.yml)</source>
        <translation>설계 파일 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save failed</source>
        <translation>저장 실패</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot save %1: %2. The design is still open; save it somewhere else.</source>
        <translation>%1에 저장할 수 없습니다: %2. 설계는 그대로 열려 있습니다; 다른 위치에 저장하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no recent files)</source>
        <translation>(최근 파일 없음)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The design has unsaved changes. Save them?</source>
        <translation>설계에 저장하지 않은 변경 사항이 있습니다. 저장할까요?</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot open the design</source>
        <translation>설계를 열 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%2 — VPC Studio</source>
        <translation>%1%2 — VPC Studio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Design</source>
        <translation>설계 열기</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>Export Picture</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+25"/>
        <source>Exported %1</source>
        <translation>%1 파일로 내보냈습니다</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Export CloudFormation Template</source>
        <translation>CloudFormation 템플릿 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CloudFormation templates (*.yaml *.yml *.template);;All files (*)</source>
        <translation>CloudFormation 템플릿 (*.yaml *.yml *.template);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported with notes</source>
        <translation>참고 사항과 함께 내보냄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1. Before deploying it, read these notes:

%2</source>
        <translation>%1을(를) 내보냈습니다. 배포하기 전에 다음 참고 사항을 읽으세요:

%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About VPC Studio</source>
        <translation>VPC Studio 정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;VPC Studio %1&lt;/b&gt;&lt;p&gt;Draw an AWS VPC, check it against AWS&apos;s rules and see how traffic flows through it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;VPC Studio %1&lt;/b&gt;&lt;p&gt;AWS VPC를 그리고, AWS 규칙에 맞는지 검사하고, 트래픽이 어떻게 흐르는지 확인합니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vpcstudio::NaclRules</name>
    <message>
        <location filename="../core/naclrules.cpp" line="+74"/>
        <source>network ACL %1 of subnet %2 denies %3 replies of flow %4 on port %5 (replies use ports %6-%7)</source>
        <translation>서브넷 %2의 네트워크 ACL %1이(가) 흐름 %4의 %3 응답을 포트 %5에서 거부합니다(응답은 포트 %6-%7 사용)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inbound</source>
        <translation>인바운드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outbound</source>
        <translation>아웃바운드</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add an inbound rule that allows TCP %1-%2 from %3</source>
        <translation>%3에서 오는 TCP %1-%2 트래픽을 허용하는 인바운드 규칙을 추가하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add an outbound rule that allows TCP %1-%2 to %3</source>
        <translation>%3(으)로 가는 TCP %1-%2 트래픽을 허용하는 아웃바운드 규칙을 추가하세요</translation>
    </message>
</context>
<context>
    <name>vpcstudio::Palette</name>
    <message>
        <location filename="../ui/palette.cpp" line="+29"/>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A VPC: drop it on empty space; it takes a free /16.</source>
        <translation>VPC: 빈 공간에 놓으세요. 비어 있는 /16 블록을 할당받습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A subnet: drop it in a zone column of a VPC; it takes the next free /24.</source>
        <translation>서브넷: VPC의 가용 영역 열에 놓으세요. 다음 빈 /24 블록을 할당받습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A route table: drop it in a VPC.</source>
        <translation>라우팅 테이블: VPC 안에 놓으세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateways</source>
        <translation>게이트웨이</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An internet gateway: drop it on a VPC; a VPC takes one.</source>
        <translation>인터넷 게이트웨이: VPC 위에 놓으세요. VPC당 하나만 연결할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A NAT gateway: drop it in a public subnet.</source>
        <translation>NAT 게이트웨이: 퍼블릭 서브넷 안에 놓으세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An S3 gateway endpoint: drop it in a VPC.</source>
        <translation>S3 게이트웨이 엔드포인트: VPC 안에 놓으세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interface endpoint (ecr.api, ecr.dkr, logs): drop it in a subnet.</source>
        <translation>인터페이스 엔드포인트(ecr.api, ecr.dkr, logs): 서브넷 안에 놓으세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute</source>
        <translation>컴퓨팅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Application Load Balancer: drop it in a public subnet.</source>
        <translation>Application Load Balancer: 퍼블릭 서브넷 안에 놓으세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An ECS service: drop it in a subnet, usually a private one.</source>
        <translation>ECS 서비스: 서브넷 안에 놓으세요. 보통 프라이빗 서브넷에 둡니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An ECR repository: drop it outside every VPC.</source>
        <translation>ECR 리포지토리: VPC 바깥에 놓으세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Cloud Map private namespace: drop it in a VPC.</source>
        <translation>Cloud Map 프라이빗 네임스페이스: VPC 안에 놓으세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A security group: drop it in a VPC.</source>
        <translation>보안 그룹: VPC 안에 놓으세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A network ACL: drop it in a VPC, then Alt+drag from a subnet to it.</source>
        <translation>네트워크 ACL: VPC 안에 놓은 다음, 서브넷에서 네트워크 ACL로 Alt+드래그하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside world</source>
        <translation>외부</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The internet: drop it outside every VPC.</source>
        <translation>인터넷: VPC 바깥에 놓으세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user with a browser: drop it outside every VPC.</source>
        <translation>브라우저를 쓰는 사용자: VPC 바깥에 놓으세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An API on the internet: drop it outside every VPC.</source>
        <translation>인터넷의 API: VPC 바깥에 놓으세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A public container registry such as Docker Hub.</source>
        <translation>Docker Hub 같은 퍼블릭 컨테이너 레지스트리입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CI pipeline that pushes images to ECR.</source>
        <translation>ECR에 이미지를 푸시하는 CI 파이프라인입니다.</translation>
    </message>
</context>
<context>
    <name>vpcstudio::PictureExport</name>
    <message>
        <location filename="../ui/pictureexport.cpp" line="+30"/>
        <source>the picture is too large to draw in memory; export it as SVG instead</source>
        <translation>그림이 너무 커서 메모리에 그릴 수 없습니다; 대신 SVG로 내보내세요</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>; choose a file in a folder you can write to</source>
        <translation>; 쓰기 권한이 있는 폴더의 파일을 고르세요</translation>
    </message>
</context>
<context>
    <name>vpcstudio::ReachabilityView</name>
    <message>
        <location filename="../ui/reachabilityview.cpp" line="+42"/>
        <source>Each row is a source and each column a destination, reached on the destination&apos;s port. Click a cell to trace that flow.</source>
        <translation>행은 출발지, 열은 목적지이며 목적지의 포트로 연결합니다. 셀을 클릭하면 그 흐름을 추적합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to (destination:port)</source>
        <translation>대상(목적지:포트)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <translation>출발지</translation>
    </message>
</context>
<context>
    <name>vpcstudio::RouteRules</name>
    <message>
        <location filename="../core/routerules.cpp" line="+32"/>
        <source>route table %1 routes %2 more than once</source>
        <translation>라우팅 테이블 %1에 %2 경로가 두 번 이상 있습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep one route for %1</source>
        <translation>%1 경로를 하나만 남기세요</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>route table %1 has no target for %2, so that traffic is dropped</source>
        <translation>라우팅 테이블 %1의 %2 경로에 대상이 없어 해당 트래픽이 폐기됩니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>route table %1 sends %2 to %3, which is a %4 and cannot carry traffic, so that traffic is dropped</source>
        <translation>라우팅 테이블 %1의 %2 경로 대상 %3은(는) 트래픽을 전달할 수 없는 %4이므로 해당 트래픽이 폐기됩니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>route table %1 sends %2 to %3, which does not exist, so that traffic is dropped</source>
        <translation>라우팅 테이블 %1의 %2 경로 대상 %3이(가) 존재하지 않아 해당 트래픽이 폐기됩니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>point the route at an existing gateway or delete it</source>
        <translation>경로 대상을 존재하는 게이트웨이로 바꾸거나 경로를 삭제하세요</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>route table %1 sends %2 to internet gateway %3, which is not attached to VPC %4</source>
        <translation>라우팅 테이블 %1의 %2 경로 대상인 인터넷 게이트웨이 %3이(가) VPC %4에 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attach %1 to %2 or use that VPC&apos;s internet gateway</source>
        <translation>%1을(를) %2에 연결하거나 해당 VPC의 인터넷 게이트웨이를 사용하세요</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>route table %1 sends %2 to %3, but the VPC&apos;s local route for %4 wins, so that traffic stays in the VPC</source>
        <translation>라우팅 테이블 %1의 %2 경로(대상 %3)보다 VPC의 %4 로컬 경로가 우선하므로 해당 트래픽은 VPC 밖으로 나가지 않습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>peer only VPCs whose blocks do not overlap</source>
        <translation>CIDR 블록이 겹치지 않는 VPC끼리만 피어링하세요</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>public NAT gateway %1 has no Elastic IP</source>
        <translation>퍼블릭 NAT 게이트웨이 %1에 탄력적 IP가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allocate an Elastic IP for it</source>
        <translation>탄력적 IP를 할당하세요</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>public NAT gateway %1 is in subnet %2, which has no route to an internet gateway, so it cannot reach the internet</source>
        <translation>퍼블릭 NAT 게이트웨이 %1이(가) 있는 서브넷 %2에 인터넷 게이트웨이로 가는 경로가 없어 인터넷에 연결할 수 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>move it to a public subnet whose route table sends 0.0.0.0/0 to the internet gateway</source>
        <translation>라우팅 테이블이 0.0.0.0/0을 인터넷 게이트웨이로 보내는 퍼블릭 서브넷으로 옮기세요</translation>
    </message>
</context>
<context>
    <name>vpcstudio::RoutesEditor</name>
    <message>
        <location filename="../ui/ruleeditors.cpp" line="-231"/>
        <source>Destination</source>
        <translation>목적지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Edit routes of %1</source>
        <translation>%1 경로 편집</translation>
    </message>
</context>
<context>
    <name>vpcstudio::SecurityRules</name>
    <message>
        <location filename="../core/securityrules.cpp" line="+30"/>
        <location line="+50"/>
        <source>inbound</source>
        <translation>인바운드</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <source>outbound</source>
        <translation>아웃바운드</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>security group %1 has an %2 rule for all protocols with ports %3; AWS ignores the ports, so every port is open</source>
        <translation>보안 그룹 %1의 %2 규칙이 모든 프로토콜에 포트 %3을(를) 지정했습니다; AWS는 이 포트를 무시하므로 모든 포트가 열립니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use protocol tcp or udp to open only those ports</source>
        <translation>해당 포트만 열려면 프로토콜을 tcp나 udp로 지정하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>security group %1 has an %2 rule with ports %3, which is not a range within 0-65535</source>
        <translation>보안 그룹 %1의 %2 규칙 포트 %3은(는) 0-65535 안의 범위가 아닙니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write the lower port first, both from 0 to 65535</source>
        <translation>작은 포트를 먼저 쓰고, 두 포트 모두 0에서 65535 사이로 지정하세요</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>security group %1 opens port %2 (%3) to the whole internet</source>
        <translation>보안 그룹 %1이(가) 포트 %2(%3)를 인터넷 전체에 열어 둡니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>allow only your own address range, or use Session Manager</source>
        <translation>자신의 주소 범위만 허용하거나 Session Manager를 사용하세요</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>security group %1 names group %2 of VPC %3, which is not peered with %4</source>
        <translation>보안 그룹 %1이(가) VPC %3의 그룹 %2을(를) 참조하지만, %3은(는) %4와(과) 피어링되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name a group of the same VPC, or peer the two VPCs</source>
        <translation>같은 VPC의 그룹을 참조하거나 두 VPC를 피어링하세요</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>security group %1 has %2 %3 rules; AWS allows %4 by default</source>
        <translation>보안 그룹 %1의 %3 규칙이 %2개입니다; AWS 기본 할당량은 %4개입니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>merge rules into wider ranges or prefix lists, or request a higher quota</source>
        <translation>규칙을 더 넓은 범위나 접두사 목록으로 합치거나 할당량 증가를 요청하세요</translation>
    </message>
</context>
<context>
    <name>vpcstudio::SecurityRulesEditor</name>
    <message>
        <location filename="../ui/ruleeditors.cpp" line="+9"/>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ports</source>
        <translation>포트 범위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source type</source>
        <translation>소스 유형</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destination type</source>
        <translation>대상 유형</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destination</source>
        <translation>대상</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Edit rules of %1</source>
        <translation>%1 규칙 편집</translation>
    </message>
</context>
<context>
    <name>vpcstudio::ServiceRules</name>
    <message>
        <location filename="../core/servicerules.cpp" line="+49"/>
        <source>subnet %1 has no route to the internet</source>
        <translation>서브넷 %1에 인터넷으로 가는 경로가 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subnet %1 routes %2 to %3, which does not exist</source>
        <translation>서브넷 %1의 %2 경로 대상(%3)이 존재하지 않습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the internet gateway %1 is not attached to the VPC</source>
        <translation>인터넷 게이트웨이 %1이(가) VPC에 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>subnet %1 routes to internet gateway %2, but the tasks get no public IP</source>
        <translation>서브넷 %1이(가) 인터넷 게이트웨이 %2(으)로 라우팅하지만 태스크가 퍼블릭 IP를 받지 않습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>subnet %1 routes to NAT gateway %2, which cannot reach the internet</source>
        <translation>서브넷 %1이(가) NAT 게이트웨이 %2(으)로 라우팅하지만 이 NAT 게이트웨이는 인터넷에 연결할 수 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subnet %1 routes the internet to %2, which does not lead to it</source>
        <translation>서브넷 %1이(가) 인터넷 트래픽을 %2(으)로 라우팅하지만 %2은(는) 인터넷으로 이어지지 않습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 lists no security groups, so ECS would use the VPC&apos;s default group, which this design does not describe; list a group that allows outbound HTTPS</source>
        <translation>%1에 보안 그룹이 없어 ECS는 VPC의 기본 그룹을 쓰게 되는데, 이 설계에는 그 그룹이 없습니다. 아웃바운드 HTTPS를 허용하는 그룹을 지정하세요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the security groups of %1 allow no outbound HTTPS</source>
        <translation>%1의 보안 그룹이 아웃바운드 HTTPS를 허용하지 않습니다</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>its registry</source>
        <translation>해당 레지스트리</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tasks of %1 in %2 cannot pull their image from %3: %4</source>
        <translation>%2에 있는 %1의 태스크가 %3에서 이미지를 가져올 수 없습니다: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>route 0.0.0.0/0 to a NAT gateway in a public subnet, turn on assign-public-ip in a public subnet, or add ecr.api, ecr.dkr and S3 endpoints; the security group must allow outbound HTTPS</source>
        <translation>0.0.0.0/0을 퍼블릭 서브넷의 NAT 게이트웨이로 라우팅하거나, 퍼블릭 서브넷에서 assign-public-ip를 켜거나, ecr.api, ecr.dkr, S3 엔드포인트를 추가하세요; 보안 그룹은 아웃바운드 HTTPS를 허용해야 합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>route 0.0.0.0/0 to a NAT gateway in a public subnet, or turn on assign-public-ip in a public subnet; the security group must allow outbound HTTPS</source>
        <translation>0.0.0.0/0을 퍼블릭 서브넷의 NAT 게이트웨이로 라우팅하거나, 퍼블릭 서브넷에서 assign-public-ip를 켜세요; 보안 그룹은 아웃바운드 HTTPS를 허용해야 합니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 gives its tasks public IPs in subnet %2, which has no route to an internet gateway, so the addresses are never used</source>
        <translation>%1이(가) 서브넷 %2의 태스크에 퍼블릭 IP를 부여하지만, 이 서브넷에는 인터넷 게이트웨이로 가는 경로가 없어 그 주소는 쓰이지 않습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>turn off assign-public-ip, or use a public subnet</source>
        <translation>assign-public-ip를 끄거나 퍼블릭 서브넷을 사용하세요</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 runs in VPC %2 but registers in namespace %3, which is associated with %4, so %2 cannot resolve the name</source>
        <translation>%1은(는) VPC %2에서 실행되지만 네임스페이스 %3(연결된 VPC: %4)에 등록되어 있어 %2에서 이름을 확인할 수 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no VPC</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>associate the namespace with %1 or register in a namespace of that VPC</source>
        <translation>네임스페이스를 %1에 연결하거나 해당 VPC의 네임스페이스에 등록하세요</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>private namespace %1 is in VPC %2, which has %3 turned off, so its names do not resolve</source>
        <translation>프라이빗 네임스페이스 %1이(가) 속한 VPC %2에서 %3이(가) 꺼져 있어 이름이 확인되지 않습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and </source>
        <translation> 및 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn on DNS support and DNS hostnames for %1</source>
        <translation>%1의 DNS 확인과 DNS 호스트 이름을 활성화하세요</translation>
    </message>
</context>
<context>
    <name>vpcstudio::SetPropertyCommand</name>
    <message numerus="yes">
        <location filename="../ui/designcommands.cpp" line="+32"/>
        <source>Change %n object(s)</source>
        <translation>
            <numerusform>객체 %n개 변경</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vpcstudio::TableEditor</name>
    <message>
        <location filename="../ui/ruleeditors.cpp" line="-187"/>
        <location line="+16"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>vpcstudio::TraceFormat</name>
    <message>
        <location filename="../core/traceformat.cpp" line="+37"/>
        <source>%1 -&gt; %2 (%3 %4)</source>
        <translation>%1 -&gt; %2 (%3 %4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reachable</source>
        <translation>도달 가능</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>blocked at %1 (%2), %n block(s)</source>
        <translation>
            <numerusform>%1에서 차단됨 (%2), 차단 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>trace %1, source port %2: %3
</source>
        <translation>추적 %1, 소스 포트 %2: %3
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  (after a block, the hops are checked as if it had passed, so that every setting to change is listed)
</source>
        <translation>  (차단 뒤의 홉은 차단이 통과한 것처럼 검사하므로, 바꿔야 할 설정이 모두 나열됩니다)
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  return path:
</source>
        <translation>  응답 경로:
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: %2: %3
</source>
        <translation>%1: %2: %3
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 reachable, %3 blocked
</source>
        <translation>%1: 도달 가능 %2개, 차단 %3개
</translation>
    </message>
</context>
<context>
    <name>vpcstudio::Tracer</name>
    <message>
        <location filename="../core/tracer.cpp" line="+181"/>
        <source>Both %1 and %2 are outside every VPC, so no setting of this design is on the path.</source>
        <translation>%1, %2 모두 VPC 바깥에 있으므로 이 설계의 어떤 설정도 경로에 관여하지 않습니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The reply reaches %1.</source>
        <translation>응답이 %1에 도달합니다.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is a name in private namespace %2, which resolves only inside %3, and %4 is %5.</source>
        <translation>%1은(는) 프라이빗 네임스페이스 %2의 이름이라 %3 안에서만 확인되는데, %4은(는) %5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in %1</source>
        <translation>%1 안에 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside every VPC</source>
        <translation>VPC 바깥에 있습니다</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>its VPC</source>
        <translation>해당 VPC</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fix: call it from inside %1, or associate namespace %2 with %3.</source>
        <translation>해결: %1 안에서 호출하거나, 네임스페이스 %2을(를) %3에 연결하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix: call it from inside %1, because names of a private namespace never resolve on the internet.</source>
        <translation>해결: %1 안에서 호출하세요. 프라이빗 네임스페이스의 이름은 인터넷에서 확인되지 않습니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a name in private namespace %2 of %3, but %3 has %4 turned off, so the name does not resolve. Fix: turn on DNS support and DNS hostnames for %3.</source>
        <translation>%1은(는) %3의 프라이빗 네임스페이스 %2에 속한 이름이지만, %3에서 %4이(가) 꺼져 있어 이름이 확인되지 않습니다. 해결: %3의 DNS 확인과 DNS 호스트 이름을 활성화하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> and </source>
        <translation> 및 </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Amazon-provided DNS server of %1 resolves %2, in private namespace %3, to the tasks of %4.</source>
        <translation>%1의 Amazon 제공 DNS 서버가 프라이빗 네임스페이스 %3의 %2을(를) %4의 태스크로 확인합니다.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 to a VPC peering connection between %2 and %3</source>
        <translation>%1을(를) %2와(과) %3 사이의 VPC 피어링 연결로 보내는</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is in %2, whose block overlaps %3, so the traffic never leaves %3</source>
        <translation>%1은(는) %2에 있고 %2의 블록이 %3 블록과 겹치므로 트래픽이 %3 밖으로 나가지 않습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is in %2, which only the local route or a peering connection between %3 and %2 leads to</source>
        <translation>%1은(는) %2에 있고, %2에는 로컬 경로나 %3과(와) %2 사이의 피어링 연결을 통해서만 도달할 수 있습니다</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>0.0.0.0/0 to a NAT gateway in a public subnet or to the VPC&apos;s internet gateway</source>
        <translation>0.0.0.0/0을 퍼블릭 서브넷의 NAT 게이트웨이나 VPC의 인터넷 게이트웨이로 보내는</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is on the internet, which only an internet gateway or a NAT gateway leads to</source>
        <translation>%1은(는) 인터넷에 있고, 인터넷에는 인터넷 게이트웨이나 NAT 게이트웨이를 통해서만 도달할 수 있습니다</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is not a gateway endpoint of %2</source>
        <translation>%1은(는) %2의 게이트웨이 엔드포인트가 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prefix list %1 to a gateway endpoint of %2</source>
        <translation>접두사 목록 %1에서 %2의 게이트웨이 엔드포인트로</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gateway endpoint %1 hands the traffic to %2 inside the AWS network, so no public IP or NAT gateway is needed.</source>
        <translation>게이트웨이 엔드포인트 %1이(가) 트래픽을 AWS 네트워크 안에서 %2(으)로 넘기므로 퍼블릭 IP도 NAT 게이트웨이도 필요 없습니다.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>an internet gateway</source>
        <translation>인터넷 게이트웨이</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0.0.0.0/0 to %1</source>
        <translation>0.0.0.0/0을 %1(으)로 보내는</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>replies to %1 must leave through %2, the way the request came in</source>
        <translation>%1에 대한 응답은 요청이 들어온 %2을(를) 거쳐 나가야 합니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Route table %1 sends the reply to internet gateway %2, which is not attached to %3. Fix: route 0.0.0.0/0 to %4, the gateway attached to %3.</source>
        <translation>라우팅 테이블 %1이(가) 응답을 인터넷 게이트웨이 %2에 보내지만, 이 게이트웨이는 %3에 연결되어 있지 않습니다. 해결: 0.0.0.0/0을 %3에 연결된 게이트웨이인 %4(으)로 라우팅하세요.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tasks of %1 run only in subnets %2, and load balancer %3 has no subnet in their zones, so it never sends them traffic. Fix: add a subnet of a zone of %1 to %3.</source>
        <translation>%1의 태스크는 서브넷 %2에서만 실행되는데, 로드 밸런서 %3에는 그 영역의 서브넷이 없어 트래픽을 보내지 않습니다. 해결: %1이(가) 있는 영역의 서브넷을 %3에 추가하세요.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 reaches %2 through interface endpoint %3 in subnet %4.</source>
        <translation>%1이(가) 서브넷 %4의 인터페이스 엔드포인트 %3을(를) 거쳐 %2에 도달합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reaches %2 through gateway endpoint %3.</source>
        <translation>%1이(가) 게이트웨이 엔드포인트 %3을(를) 거쳐 %2에 도달합니다.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Tasks of %1 run in subnets %2; each was traced, and this trace shows %3, the first where the flow is blocked.</source>
        <translation>%1의 태스크는 서브넷 %2에서 실행됩니다. 각각을 추적했고, 이 추적은 흐름이 처음 차단되는 %3을(를) 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tasks of %1 run in subnets %2; the flow passes from each, and this trace shows %3.</source>
        <translation>%1의 태스크는 서브넷 %2에서 실행됩니다. 모든 서브넷에서 흐름이 통과하며, 이 추적은 %3을(를) 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the port in &quot;%1&quot; is not a number from 0 to 65535</source>
        <translation>&quot;%1&quot;의 포트가 0부터 65535까지의 숫자가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the endpoint as ID:PORT, for example svc-api:8080</source>
        <translation>엔드포인트를 ID:PORT 형식으로 쓰세요. 예: svc-api:8080</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>flow %1: %2</source>
        <translation>흐름 %1: %2</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>No service with subnets registers in target group %1, so the load balancer has no target to forward to, and the trace ends here.</source>
        <translation>대상 그룹 %1에 등록된 서비스 중 서브넷이 있는 것이 없어 로드 밸런서가 요청을 전달할 대상이 없으므로, 추적을 여기서 마칩니다.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 reaches ECR repository %2 through interface endpoint %3 in subnet %4.</source>
        <translation>%1 트래픽이 서브넷 %4의 인터페이스 엔드포인트 %3을(를) 거쳐 ECR 리포지토리 %2에 도달합니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 reaches %2 in subnet %3.</source>
        <translation>%1 트래픽이 서브넷 %3의 %2에 도달합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reaches %2 on the internet.</source>
        <translation>%1 트래픽이 인터넷의 %2에 도달합니다.</translation>
    </message>
    <message>
        <location filename="../core/tracerchecks.cpp" line="+72"/>
        <source>all traffic</source>
        <translation>모든 트래픽</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>security group %1</source>
        <translation>보안 그룹 %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>prefix list %1</source>
        <translation>접두사 목록 %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 from %2</source>
        <translation>%1, 소스 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1, 대상 %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fix: attach a security group to %1 with an inbound rule that allows %2 from %3.</source>
        <translation>해결: %3에서 오는 %2을(를) 허용하는 인바운드 규칙이 있는 보안 그룹을 %1에 연결하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix: attach a security group to %1 with an outbound rule that allows %2 to %3.</source>
        <translation>해결: %3(으)로 가는 %2을(를) 허용하는 아웃바운드 규칙이 있는 보안 그룹을 %1에 연결하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fix: add an inbound rule to %1 that allows %2 from %3.</source>
        <translation>해결: %1에 %3에서 오는 %2을(를) 허용하는 인바운드 규칙을 추가하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix: add an outbound rule to %1 that allows %2 to %3.</source>
        <translation>해결: %1에 %3(으)로 가는 %2을(를) 허용하는 아웃바운드 규칙을 추가하세요.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>allow</source>
        <translation>허용</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deny</source>
        <translation>거부</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 from %3</source>
        <translation>%1 %2, 소스 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 to %3</source>
        <translation>%1 %2, 대상 %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the inbound reply on %1 from %2</source>
        <translation>%2에서 오는 %1 인바운드 응답</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the outbound reply on %1 to %2</source>
        <translation>%2(으)로 가는 %1 아웃바운드 응답</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+178"/>
        <source>inbound %1 from %2</source>
        <translation>%2에서 오는 %1 인바운드 트래픽</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+178"/>
        <source>outbound %1 to %2</source>
        <translation>%2(으)로 가는 %1 아웃바운드 트래픽</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>an inbound rule</source>
        <translation>인바운드 규칙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an outbound rule</source>
        <translation>아웃바운드 규칙</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 numbered below %2</source>
        <translation>번호가 %2보다 작은 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix: add %1 that allows %2 from %3</source>
        <translation>해결: %3에서 오는 %2을(를) 허용하는 %1을 추가하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix: add %1 that allows %2 to %3</source>
        <translation>해결: %3(으)로 가는 %2을(를) 허용하는 %1을 추가하세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, the ports that clients receive replies on.</source>
        <translation>%1. 클라이언트는 이 포트 범위로 응답을 받습니다.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 (prefix list %2)</source>
        <translation>%1 (접두사 목록 %2)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Security group %1 of %2 allows %3 by its %4 rule %5 (%6).</source>
        <translation>%2의 보안 그룹 %1이(가) %4 규칙 %5(%6)에 따라 %3을 허용합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no security group, so nothing allows %2.</source>
        <translation>%1에 보안 그룹이 없으므로 %2을 허용하는 규칙이 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rule of security groups %1 of %2 allows %3.</source>
        <translation>%2의 보안 그룹 %1에 %3을 허용하는 규칙이 없습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Security groups are stateful, so the groups of %1 let the reply of the tracked connection through without checking their rules.</source>
        <translation>보안 그룹은 상태 저장 방식이므로 %1의 보안 그룹은 추적 중인 연결의 응답을 규칙 확인 없이 통과시킵니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No network ACL of the design covers subnet %1, so the VPC&apos;s default ACL applies, and it allows %2.</source>
        <translation>설계에 서브넷 %1에 연결된 네트워크 ACL이 없으므로 VPC의 기본 ACL이 적용되며, 기본 ACL은 %2을 허용합니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Network ACL %1 of subnet %2 allows %3 by rule %4 (%5).</source>
        <translation>서브넷 %2의 네트워크 ACL %1이(가) 규칙 %4(%5)에 따라 %3을 허용합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Network ACL %1 of subnet %2 denies %3: rule %4 (%5) matches first.</source>
        <translation>서브넷 %2의 네트워크 ACL %1이(가) %3을 거부합니다: 규칙 %4(%5)이(가) 먼저 일치합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network ACL %1 of subnet %2 denies %3: no rule matches, so the final rule * denies it.</source>
        <translation>서브넷 %2의 네트워크 ACL %1이(가) %3을 거부합니다: 일치하는 규칙이 없어 마지막 규칙 *에서 거부됩니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Route table %1 of subnet %2 has no route that matches %3.</source>
        <translation>서브넷 %2의 라우팅 테이블 %1에 %3에 해당하는 경로가 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subnet %1 has no route table, so no route matches %2.</source>
        <translation>서브넷 %1에 라우팅 테이블이 없으므로 %2에 해당하는 경로가 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix: add a route for %1.</source>
        <translation>해결: %1 경로를 추가하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Route table %1 matches %2 with its route %3, which has no target, so the traffic is dropped.</source>
        <translation>라우팅 테이블 %1에서 %2에 해당하는 경로 %3에 대상이 없어 트래픽이 폐기됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Route table %1 sends %2 by its route %3 to %4, a %5 that cannot carry traffic, so the traffic is dropped.</source>
        <translation>라우팅 테이블 %1이(가) 경로 %3에 따라 %2을(를) %4(으)로 보내지만, %4은(는) 트래픽을 전달할 수 없는 %5이므로 트래픽이 폐기됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Route table %1 sends %2 by its route %3 to %4, which does not exist, so the traffic is dropped.</source>
        <translation>라우팅 테이블 %1이(가) 경로 %3에 따라 %2을(를) %4(으)로 보내지만, %4이(가) 존재하지 않아 트래픽이 폐기됩니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fix: point the route at an existing gateway or peering connection, or delete it.</source>
        <translation>해결: 경로 대상을 존재하는 게이트웨이나 피어링 연결로 바꾸거나 경로를 삭제하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Route table %1 of subnet %2 sends the addresses of prefix list %3 to %4, ahead of any wider route.</source>
        <translation>서브넷 %2의 라우팅 테이블 %1이(가) 접두사 목록 %3의 주소를 더 넓은 어떤 경로보다 먼저 %4(으)로 보냅니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route table %1 of subnet %2 keeps %3 inside the VPC by the local route %4, which always wins for the VPC&apos;s own blocks.</source>
        <translation>서브넷 %2의 라우팅 테이블 %1이(가) 로컬 경로 %4에 따라 %3을(를) VPC 안에서 전달합니다. VPC 자체 블록에는 로컬 경로가 항상 우선합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Route table %1 of subnet %2 sends %3 to %4 by its route %5, the longest prefix that matches.</source>
        <translation>서브넷 %2의 라우팅 테이블 %1이(가) 일치하는 가장 긴 접두사인 경로 %5에 따라 %3을(를) %4(으)로 보냅니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Route table %1 of subnet %2 sends %3 to %4 by its route %5, but %6. Fix: add a route for %7.</source>
        <translation>서브넷 %2의 라우팅 테이블 %1이(가) 경로 %5에 따라 %3을(를) %4(으)로 보내지만, %6. 해결: %7 경로를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../core/tracerendpoints.cpp" line="+34"/>
        <source>use internet, an object id of the design, a Cloud Map name such as NAME.NAMESPACE, or an IPv4 address</source>
        <translation>internet, 설계의 객체 id, NAME.NAMESPACE 형식의 Cloud Map 이름, IPv4 주소 중 하나를 쓰세요</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+40"/>
        <source>unknown endpoint &quot;%1&quot; (endpoint.unknown)</source>
        <translation>알 수 없는 엔드포인트 &quot;%1&quot; (endpoint.unknown)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 %2 has no subnets, so it has no address to trace (endpoint.unknown)</source>
        <translation>%1 %2에 서브넷이 없어 추적할 주소가 없습니다 (endpoint.unknown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give %1 a subnet</source>
        <translation>%1에 서브넷을 지정하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a %2, where traffic cannot start or end (endpoint.unknown)</source>
        <translation>&quot;%1&quot;은(는) 트래픽의 시작점이나 도착점이 될 수 없는 %2입니다 (endpoint.unknown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a service, load balancer, NAT gateway, interface endpoint, outside party, Cloud Map name or IPv4 address</source>
        <translation>서비스, 로드 밸런서, NAT 게이트웨이, 인터페이스 엔드포인트, 외부 호스트, Cloud Map 이름, IPv4 주소 중 하나를 쓰세요</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no service with subnets registers in Cloud Map service %1, so &quot;%2&quot; resolves to no address (endpoint.unknown)</source>
        <translation>Cloud Map 서비스 %1에 등록된 서비스 중 서브넷이 있는 것이 없어 &quot;%2&quot;의 주소를 확인할 수 없습니다 (endpoint.unknown)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set cloudMapService: %1 on the service that should answer</source>
        <translation>응답할 서비스에 &quot;cloudMapService: %1&quot;을(를) 설정하세요</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 lies inside the blocks of VPC %2 but in none of its subnets, so nothing can send or receive there (endpoint.unknown)</source>
        <translation>%1은(는) VPC %2의 블록 안에 있지만 어느 서브넷에도 속하지 않아, 이 주소로는 아무것도 보내거나 받을 수 없습니다 (endpoint.unknown)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use an address inside one of the subnets of %1</source>
        <translation>%1의 서브넷 중 하나에 속한 주소를 쓰세요</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>%1 has network interfaces in subnets %2; this trace uses the one in %3.</source>
        <translation>%1의 네트워크 인터페이스가 서브넷 %2에 있습니다; 이 추적은 %3의 인터페이스를 사용합니다.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No object of the design owns %1, so no security group is checked there.</source>
        <translation>설계의 어떤 객체도 %1 주소를 갖고 있지 않으므로 이 주소에서는 보안 그룹을 확인하지 않습니다.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tasks of %1 run in subnets %2; this trace follows the first, %3.</source>
        <translation>%1의 태스크가 서브넷 %2에서 실행됩니다; 이 추적은 첫 번째 서브넷인 %3을(를) 따라갑니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has nodes in subnets %2; this trace follows the first, %3.</source>
        <translation>%1의 노드가 서브넷 %2에 있습니다; 이 추적은 첫 번째 서브넷인 %3을(를) 따라갑니다.</translation>
    </message>
    <message>
        <location filename="../core/tracergateways.cpp" line="+31"/>
        <source>Fix: turn on assignPublicIp for %1, or route 0.0.0.0/0 from subnet %2 to a NAT gateway in a public subnet.</source>
        <translation>해결: %1의 assignPublicIp를 켜거나, 서브넷 %2에서 0.0.0.0/0을 퍼블릭 서브넷의 NAT 게이트웨이로 라우팅하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fix: make %1 internet-facing.</source>
        <translation>해결: %1의 체계를 인터넷 경계로 바꾸세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix: give %1 public connectivity and an Elastic IP.</source>
        <translation>해결: %1의 연결 유형을 퍼블릭으로 바꾸고 탄력적 IP를 할당하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix: turn on mapPublicIpOnLaunch for subnet %1, or route 0.0.0.0/0 to a NAT gateway in a public subnet.</source>
        <translation>해결: 서브넷 %1의 mapPublicIpOnLaunch를 켜거나, 0.0.0.0/0을 퍼블릭 서브넷의 NAT 게이트웨이로 라우팅하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fix: route 0.0.0.0/0 from subnet %1 to a NAT gateway in a public subnet.</source>
        <translation>해결: 서브넷 %1에서 0.0.0.0/0을 퍼블릭 서브넷의 NAT 게이트웨이로 라우팅하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It has private connectivity, so it never sends traffic to the internet.</source>
        <translation>연결 유형이 프라이빗이므로 인터넷으로 트래픽을 보내지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has no Elastic IP.</source>
        <translation>탄력적 IP가 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its subnet %1 has no route to the internet.</source>
        <translation>서브넷 %1에 인터넷으로 가는 경로가 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its subnet %1 sends %2 to %3, not to an internet gateway attached to the VPC.</source>
        <translation>서브넷 %1의 %2 경로 대상(%3)이 VPC에 연결된 인터넷 게이트웨이가 아닙니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Listener %1 of %2 forwards to target group %3 by rule %4. No request path was given, so the trace assumes a request that matches this first rule.</source>
        <translation>%2의 %1 리스너가 규칙 %4에 따라 대상 그룹 %3에 전달합니다. 요청 경로를 지정하지 않았으므로 이 첫 번째 규칙과 일치하는 요청으로 가정하고 추적합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listener %1 of %2 forwards path %3 to target group %4 by rule %5 (%6).</source>
        <translation>%2의 %1 리스너가 규칙 %5(%6)에 따라 경로 %3 요청을 대상 그룹 %4에 전달합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no path condition</source>
        <translation>경로 조건 없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trace assumes that the request&apos;s Host header is %1.</source>
        <translation>추적은 요청의 Host 헤더를 다음 값으로 가정합니다: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No rule of listener %1 of %2 matches the request, so its default action forwards it to target group %3.</source>
        <translation>%2의 %1 리스너에 요청과 일치하는 규칙이 없으므로 기본 작업이 요청을 대상 그룹 %3에 전달합니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Listener %1 of %2 has no rules and no default target group, so it answers with a fixed response and forwards nothing.</source>
        <translation>%2의 %1 리스너에 규칙도 기본 대상 그룹도 없으므로 고정 응답을 반환하고 아무것도 전달하지 않습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No rule of listener %1 of %2 matches path %3, and the listener has no default target group.</source>
        <translation>%2의 %1 리스너에 경로 %3에 맞는 규칙이 없고, 기본 대상 그룹도 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fix: add a rule whose path pattern matches the request, or set a default target group.</source>
        <translation>해결: 경로 패턴이 요청과 일치하는 규칙을 추가하거나 기본 대상 그룹을 설정하세요.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Route table %1 sends the traffic to internet gateway %2, which is not attached to %3. Fix: attach %2 to %3.</source>
        <translation>라우팅 테이블 %1이(가) 트래픽을 인터넷 게이트웨이 %2에 보내지만, 이 게이트웨이는 %3에 연결되어 있지 않습니다. 해결: %2을(를) %3에 연결하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no public IP, so internet gateway %2 cannot carry its traffic to the internet.</source>
        <translation>%1에 퍼블릭 IP가 없어 인터넷 게이트웨이 %2이(가) 트래픽을 인터넷으로 전달할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Internet gateway %1 is attached to %2 and carries the traffic of %3, which has a public IP, to the internet.</source>
        <translation>인터넷 게이트웨이 %1은(는) %2에 연결되어 있으며, 퍼블릭 IP가 있는 %3의 트래픽을 인터넷으로 전달합니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>VPC %1 has no internet gateway attached, so traffic from the internet cannot enter it. Fix: create an internet gateway and attach it to %1.</source>
        <translation>VPC %1에 연결된 인터넷 게이트웨이가 없어 인터넷 트래픽이 들어올 수 없습니다. 해결: 인터넷 게이트웨이를 만들어 %1에 연결하세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load balancer %1 is internal, so it has only private addresses and the internet cannot reach it. Fix: make it internet-facing in public subnets, or trace from inside the VPC.</source>
        <translation>로드 밸런서 %1은(는) 내부 체계라 프라이빗 주소만 있으므로 인터넷에서 접근할 수 없습니다. 해결: 퍼블릭 서브넷에서 인터넷 경계 체계로 바꾸거나, VPC 안에서 추적하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no public IP, so the internet gateway has no address to deliver traffic from the internet to. Fix: put an internet-facing load balancer in front of it, or give it a public IP in a public subnet.</source>
        <translation>%1에 퍼블릭 IP가 없어 인터넷 게이트웨이가 인터넷 트래픽을 전달할 주소가 없습니다. 해결: 앞단에 인터넷 경계 로드 밸런서를 두거나, 퍼블릭 서브넷에서 퍼블릭 IP를 부여하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Internet gateway %1 of %2 delivers traffic from the internet to the public address of %3.</source>
        <translation>%2의 인터넷 게이트웨이 %1이(가) 인터넷 트래픽을 %3의 퍼블릭 주소로 전달합니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Internet gateway %1 delivers the reply from the internet to the public IP of %2.</source>
        <translation>인터넷 게이트웨이 %1이(가) 인터넷에서 온 응답을 %2의 퍼블릭 IP로 전달합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Internet gateway %1 carries the reply of %2 to the internet.</source>
        <translation>인터넷 게이트웨이 %1이(가) %2의 응답을 인터넷으로 전달합니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>NAT gateway %1 cannot reach the internet.</source>
        <translation>NAT 게이트웨이 %1에서 인터넷에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix: use a public NAT gateway with an Elastic IP in a subnet whose route table sends 0.0.0.0/0 to the VPC&apos;s internet gateway.</source>
        <translation>해결: 라우팅 테이블이 0.0.0.0/0을 VPC의 인터넷 게이트웨이로 보내는 서브넷에 탄력적 IP가 있는 퍼블릭 NAT 게이트웨이를 두세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Public NAT gateway %1 in subnet %2 replaces the source address with its Elastic IP %3 and opens the connection to the internet.</source>
        <translation>서브넷 %2의 퍼블릭 NAT 게이트웨이 %1이(가) 소스 주소를 탄력적 IP %3(으)로 바꾸고 인터넷으로 연결을 엽니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NAT gateway %1 forwards only connections that start inside the VPC and drops connections that the internet opens. Fix: reach the service through an internet-facing load balancer.</source>
        <translation>NAT 게이트웨이 %1은(는) VPC 안에서 시작한 연결만 전달하고 인터넷에서 시작한 연결은 폐기합니다. 해결: 인터넷 경계 로드 밸런서를 통해 서비스에 접근하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>NAT gateway %1 maps the reply to the connection it opened and forwards it to %2.</source>
        <translation>NAT 게이트웨이 %1이(가) 응답을 자신이 연 연결에 대응시켜 %2에 전달합니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Load balancer %1 has no listeners.</source>
        <translation>로드 밸런서 %1에 리스너가 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load balancer %1 has no listener on port %2; its listeners are on %3.</source>
        <translation>로드 밸런서 %1에 포트 %2 리스너가 없습니다; 리스너 포트는 %3입니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fix: add a listener on port %1, or send the traffic to a port that has one.</source>
        <translation>해결: 포트 %1에 리스너를 추가하거나, 리스너가 있는 포트로 트래픽을 보내세요.</translation>
    </message>
</context>
<context>
    <name>vpcstudio::YamlLoad</name>
    <message>
        <location filename="../core/yamlload.cpp" line="+60"/>
        <source>YAML aliases (*name) are not supported</source>
        <translation>YAML 별칭(*name)은 지원하지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the value out in full where the alias is</source>
        <translation>별칭 자리에 값을 모두 적으세요</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the value contains a control character</source>
        <translation>값에 제어 문자가 들어 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove it; names and descriptions take printable text only</source>
        <translation>제어 문자를 삭제하세요; 이름과 설명에는 출력 가능한 문자만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>nesting is deeper than %1 levels</source>
        <translation>중첩이 %1단계보다 깊습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+179"/>
        <source>flatten the structure; a valid file never nests this deep</source>
        <translation>중첩 단계를 줄이세요; 올바른 파일은 이렇게 깊이 중첩되지 않습니다</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>duplicate key &quot;%1&quot; (first at line %2)</source>
        <translation>중복된 키 &quot;%1&quot;(처음 위치: %2행)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove one of the two entries</source>
        <translation>두 항목 중 하나를 삭제하세요</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the quoted text that starts here is never closed</source>
        <translation>여기서 시작한 따옴표 문자열이 닫히지 않았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add the closing %1</source>
        <translation>닫는 %1 기호를 추가하세요</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the YAML parser stopped before this line</source>
        <translation>YAML 파서가 이 줄 앞에서 멈췄습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the indentation and quoting of this line and the one above</source>
        <translation>이 줄과 윗줄의 들여쓰기와 따옴표를 확인하세요</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the file contains the control character U+%1</source>
        <translation>파일에 제어 문자 U+%1이(가) 있습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove it; a design file is plain text</source>
        <translation>이 문자를 삭제하세요; 설계 파일은 일반 텍스트입니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not valid UTF-8 text</source>
        <translation>파일이 올바른 UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it again with UTF-8 encoding</source>
        <translation>UTF-8 인코딩으로 다시 저장하세요</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file contains more than one YAML document</source>
        <translation>파일에 YAML 문서가 둘 이상 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep one document and remove the text after the &quot;---&quot; or &quot;...&quot;</source>
        <translation>문서를 하나만 남기고 &quot;---&quot; 또는 &quot;...&quot; 뒤의 내용을 삭제하세요</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file is %1 bytes, over the limit of %2 bytes</source>
        <translation>파일 크기가 %1바이트로 제한(%2바이트)을 넘습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>split the design or remove unused parts</source>
        <translation>설계를 나누거나 사용하지 않는 부분을 삭제하세요</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nesting is too deep for the YAML parser</source>
        <translation>중첩이 너무 깊어 YAML 파서가 처리할 수 없습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>invalid YAML: %1</source>
        <translation>YAML 구문 오류: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>fix the syntax at this place</source>
        <translation>이 위치의 구문을 고치세요</translation>
    </message>
</context>
</TS>
